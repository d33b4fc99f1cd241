package org.mpyjvm.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.littlefs.LittleFsFilesystem;
import org.mpyjvm.runtime.littlefs.LittleFsV1;
import org.mpyjvm.runtime.romfs.ByteRegion;
import org.mpyjvm.runtime.romfs.RomfsFilesystem;

/** {@code mpy image create|info|ls|cat|extract}: round trips per filesystem, reference images, fsck.fat. */
class ImageCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void sourceTree() throws Exception {
        Files.createDirectories(dir.resolve("src/lib"));
        Files.writeString(dir.resolve("src/main.py"), "print('hi')\n");
        Files.writeString(dir.resolve("src/lib/app.py"), "x = 10\n");
        byte[] big = new byte[9000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 7);
        }
        Files.write(dir.resolve("src/lib/data.bin"), big);
    }

    @ParameterizedTest
    @CsvSource({"fat, 512, 256K, FAT12 (VfsFat)", "lfs2, 4096, 256K, littlefs v2.1 (VfsLfs2)",
            "lfs1, 4096, 256K, littlefs v1.1 (VfsLfs1)",
            "romfs, 0, 64K, ROMFS (VfsRom)"})
    void createdImageReportsItsGeometryListsAndReadsBack(String fs, int blockSize, String size, String kind)
            throws Exception {
        MpyCommand.Result create = MpyCommand.run(dir, "image", "create", "--fs", fs, "--size", size,
                "--block-size", Integer.toString(blockSize), "--from", "src", "out.img");
        assertEquals(0, create.status(), create.stderr());

        MpyCommand.Result info = MpyCommand.run(dir, "image", "info", "out.img");
        assertEquals(0, info.status(), info.stdout() + info.stderr());
        assertTrue(info.stdout().contains("filesystem: " + kind), info.stdout());
        if (blockSize > 0) {
            assertTrue(info.stdout().contains("block size: " + blockSize + " "), info.stdout());
        }
        assertTrue(info.stdout().contains("mounts: yes"), info.stdout());

        MpyCommand.Result ls = MpyCommand.run(dir, "image", "ls", "out.img", "/lib");
        assertEquals(0, ls.status(), ls.stderr());
        assertTrue(ls.stdout().contains(String.format("%12d app.py\n", 7)), ls.stdout());
        assertTrue(ls.stdout().contains(String.format("%12d data.bin\n", 9000)), ls.stdout());

        MpyCommand.Result cat = MpyCommand.run(dir, "image", "cat", "out.img", "/main.py");
        assertEquals("print('hi')\n", cat.stdout());

        // Independently of the CLI: the runtime mounts the bytes with the geometry info reported.
        Filesystem mounted = mount(fs, Files.readAllBytes(dir.resolve("out.img")), blockSize);
        assertArrayEquals(Files.readAllBytes(dir.resolve("src/lib/data.bin")), read(mounted, "/lib/data.bin"));
    }

    @Test
    void createdFatImagePassesFsckAndExtractsToTheSameTree() throws Exception {
        MpyCommand.Result create = MpyCommand.run(dir, "image", "create", "--fs", "fat", "--size", "1M",
                "--block-size", "512", "--from", "src", "fat.img");
        assertEquals(0, create.status(), create.stderr());
        Process fsck = new ProcessBuilder("fsck.fat", "-n", dir.resolve("fat.img").toString())
                .redirectErrorStream(true).start();
        String report = new String(fsck.getInputStream().readAllBytes());
        assertEquals(0, fsck.waitFor(), "fsck.fat -n reported: " + report);

        MpyCommand.Result extract = MpyCommand.run(dir, "image", "extract", "fat.img", "back");
        assertEquals(0, extract.status(), extract.stderr());
        for (String f : List.of("main.py", "lib/app.py", "lib/data.bin")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("src").resolve(f)),
                    Files.readAllBytes(dir.resolve("back").resolve(f)), f);
        }
    }

    @Test
    void infoReadsTheBlockSizeOfReferenceImagesFromDisk() throws Exception {
        for (Map.Entry<String, String> e : Map.of("lfs2-b512-n128", "littlefs v2.1 (VfsLfs2)",
                "lfs1-b4096-n64", "littlefs v1.1 (VfsLfs1)", "fat-b4096-n256", "FAT12 (VfsFat)").entrySet()) {
            Path img = dir.resolve(e.getKey() + ".img");
            Files.write(img, gunzip(MpyCommand.SHARED.resolve("fixtures/" + e.getKey() + ".img.gz")));
            MpyCommand.Result info = MpyCommand.run(dir, "image", "info", img.toString());
            assertEquals(0, info.status(), info.stdout() + info.stderr());
            String blockSize = e.getKey().replaceAll(".*-b(\\d+)-.*", "$1");
            assertTrue(info.stdout().contains("filesystem: " + e.getValue()), info.stdout());
            assertTrue(info.stdout().contains("block size: " + blockSize + " "), info.stdout());
        }
    }

    @Test
    void notAnImageAndMissingOptionsAreOneLineErrors() throws Exception {
        Files.write(dir.resolve("junk.img"), new byte[4096]);
        MpyCommand.Result junk = MpyCommand.run(dir, "image", "info", "junk.img");
        assertEquals(2, junk.status());
        assertEquals(1, junk.stderr().lines().count(), junk.stderr());
        MpyCommand.Result noFs = MpyCommand.run(dir, "image", "create", "--size", "64K", "x.img");
        assertEquals(2, noFs.status());
        assertTrue(noFs.stderr().startsWith("mpy: --fs is required"), noFs.stderr());
    }

    private static Filesystem mount(String fs, byte[] image, int blockSize) throws Exception {
        return switch (fs) {
            case "fat" -> new FatFilesystem(new RamDisk(blockSize, image));
            case "lfs2" -> new LittleFsFilesystem(new RamDisk(blockSize, image), LittleFsFilesystem.Options.defaults());
            case "lfs1" -> new LittleFsV1(new RamDisk(blockSize, image), LittleFsFilesystem.Options.defaults());
            default -> new RomfsFilesystem(ByteRegion.of(image));
        };
    }

    private static byte[] read(Filesystem fs, String path) throws Exception {
        FileHandle f = fs.open(path, OpenMode.READ);
        byte[] buf = new byte[(int) f.size()];
        int n = 0;
        while (n < buf.length) {
            n += f.read(buf, n, buf.length - n);
        }
        f.close();
        return buf;
    }

    static byte[] gunzip(Path gz) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(gz)))) {
            return in.readAllBytes();
        }
    }
}

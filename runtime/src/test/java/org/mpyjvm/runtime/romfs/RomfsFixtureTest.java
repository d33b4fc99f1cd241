package org.mpyjvm.runtime.romfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/** The mpremote-built reference image: read it as MicroPython's VfsRom did, and rebuild it byte for byte. */
class RomfsFixtureTest {
    private static final Path TREE = SharedFolder.fixture("romfs-tree");

    private static byte[] fixtureImage() throws IOException {
        return SharedFolder.gunzip(SharedFolder.fixture("romfs-tree.img.gz"));
    }

    @Test
    void listingMatchesMicroPython() throws Exception {
        RomfsFilesystem fs = new RomfsFilesystem(ByteRegion.of(fixtureImage()));
        List<String> lines = new ArrayList<>();
        walk(fs, "", lines);
        lines.add(fs.statvfs("/").toString()
                .replaceAll("StatVfs\\[|[a-z]+=|\\]", "").replaceAll("^", "(").concat(")"));
        List<String> expected = Files.readAllLines(SharedFolder.fixture("romfs-tree.listing.txt"));
        assertEquals(expected, lines);
    }

    private static void walk(RomfsFilesystem fs, String dir, List<String> out) throws StorageException {
        for (DirEntry e : fs.ilistdir(dir.isEmpty() ? "/" : dir)) {
            String path = dir + "/" + e.name();
            out.add("/r" + path + " " + e.type() + " " + e.size());
            if (e.isDir()) {
                walk(fs, path, out);
            }
        }
    }

    @Test
    void fileContentsEqualTheSourceTree() throws Exception {
        RomfsFilesystem fs = new RomfsFilesystem(ByteRegion.of(fixtureImage()));
        for (String rel : new String[] {"boot.py", "config.txt", "assets/font.bin", "lib/app.py", "lib/pkg/__init__.py"}) {
            byte[] expected = Files.readAllBytes(TREE.resolve(rel));
            FileHandle f = fs.open("/" + rel, OpenMode.READ);
            byte[] got = new byte[expected.length + 1];
            int n = 0;
            for (int r; (r = f.read(got, n, got.length - n)) > 0; ) {
                n += r;
            }
            assertEquals(expected.length, n, rel);
            assertArrayEquals(expected, java.util.Arrays.copyOf(got, n), rel);
        }
    }

    @Test
    void builderIsByteIdenticalToMpremote() throws Exception {
        List<String> tree = new ArrayList<>();
        byte[] built = RomfsBuilder.build(TREE, tree::add);
        assertArrayEquals(fixtureImage(), built);
        assertEquals(List.of("|-- assets/", "|   \\-- font.bin", "|-- boot.py", "|-- config.txt", "\\-- lib/",
                "    |-- app.py", "    \\-- pkg/", "        \\-- __init__.py"), tree);
    }

    @Test
    void emptyFolderGivesTheEmptyImage(@TempDir Path dir) throws IOException {
        assertArrayEquals(HexFormat.of().parseHex("d2cd3100"), RomfsBuilder.build(dir));
    }

    @Test
    void workedExampleFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("boot.py"), "import app\n");
        Files.createDirectory(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/app.py"), "x = 10\n");
        assertArrayEquals(RomfsImageTest.WORKED, RomfsBuilder.build(dir));
    }

    @Test
    void sortsByCodePointLikePython(@TempDir Path dir) throws Exception {
        for (String n : new String[] {"b", "B", "a.py", "_x", "a"}) {
            Files.writeString(dir.resolve(n), n);
        }
        RomfsFilesystem fs = new RomfsFilesystem(ByteRegion.of(RomfsBuilder.build(dir)));
        List<String> names = new ArrayList<>();
        for (DirEntry e : fs.ilistdir("/")) {
            names.add(e.name());
        }
        assertEquals(List.of("B", "_x", "a", "a.py", "b"), names);
    }
}

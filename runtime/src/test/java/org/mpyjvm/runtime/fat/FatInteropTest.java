package org.mpyjvm.runtime.fat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/** Images written here pass fsck.fat and read back through mtools; images from mkfs.fat + mcopy mount here. */
class FatInteropTest {
    static final FatClock CLOCK = FatClock.fixed(LocalDateTime.of(2025, 3, 14, 15, 9, 26));

    @TempDir
    Path tmp;

    /** Populates a volume with the awkward cases: long names, ~N tails, nested and big directories, holes. */
    static Map<String, byte[]> populate(FatFilesystem fs, long seed) throws StorageException {
        Random rnd = new Random(seed);
        Map<String, byte[]> files = new TreeMap<>();
        fs.setLabel("mpy jvm");
        fs.mkdir("/sub");
        fs.mkdir("/sub/Deeper Dir");
        fs.mkdir("/sub/Deeper Dir/x");
        String[] names = {"/hello.txt", "/Mixed.TXT", "/A Long File Name.txt", "/verylongname.py", "/a.b.c",
            "/x y.txt", "/data.json", "/sub/Long name.txt", "/sub/Long nameX.txt", "/sub/Long nameY.txt",
            "/sub/Deeper Dir/x/leaf.bin", "/sub/Deeper Dir/exactly13char"};
        for (String n : names) {
            byte[] data = new byte[rnd.nextInt(5000)];
            rnd.nextBytes(data);
            FatImages.writeAll(fs, n, data);
            files.put(n, data);
        }
        for (int i = 0; i < 40; i++) {
            String n = "/sub/file number " + i + ".dat";
            byte[] data = new byte[rnd.nextInt(700)];
            rnd.nextBytes(data);
            FatImages.writeAll(fs, n, data);
            files.put(n, data);
        }
        for (int i = 0; i < 40; i += 3) {
            fs.remove("/sub/file number " + i + ".dat");
            files.remove("/sub/file number " + i + ".dat");
        }
        fs.rename("/hello.txt", "/sub/Deeper Dir/greeting.txt");
        files.put("/sub/Deeper Dir/greeting.txt", files.remove("/hello.txt"));
        FileHandle f = fs.open("/data.json", OpenMode.parse("a"));
        f.write("appended".getBytes(), 0, 8);
        f.close();
        files.put("/data.json", concat(files.get("/data.json"), "appended".getBytes()));
        for (int i = 0; i < 8; i++) {
            String n = "/sub/Long name.txt".replace("Long name", "Long name" + (char) ('a' + i) + " again");
            FatImages.writeAll(fs, n, new byte[] {(byte) i});
            files.put(n, new byte[] {(byte) i});
        }
        return files;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static Path save(Path dir, String name, byte[] image) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, image);
        return p;
    }

    /** Checks the image with fsck.fat and reads every file back through mtools. */
    static void checkWithTools(Path img, Map<String, byte[]> files, TreeSet<String> dirs) {
        HostTools.assertFsckClean(img);
        TreeSet<String> expected = new TreeSet<>();
        for (String d : dirs) {
            expected.add(d + "/");
        }
        expected.addAll(files.keySet());
        assertEquals(expected, new TreeSet<>(HostTools.mdirRecursive(img)));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            assertArrayEquals(e.getValue(), HostTools.mtype(img, e.getKey()), e.getKey());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "512, 800, 9",       // FAT12, 1 sector per cluster
        "512, 20000, 9",     // FAT16 with 4-sector clusters
        "4096, 300, 9",      // FAT12 on 4 KiB sectors
        "1024, 5000, 9",     // FAT12 with 1 KiB sectors
        "512, 70000, 2",     // FAT32 (FM_FAT32 only), 35 MB
    })
    void ourImagesPassFsckAndMtools(int ss, int blocks, int options) throws Exception {
        RamDisk disk = new RamDisk(ss, blocks);
        FatGeometry g = FatFormatter.format(disk, CLOCK, options | FatGeometry.FM_SFD);
        FatFilesystem fs = new FatFilesystem(disk, CLOCK);
        assertEquals(g.type(), fs.fatType());
        Map<String, byte[]> files = populate(fs, blocks);
        Path img = save(tmp, "ours.img", disk.bytes());
        checkWithTools(img, files, new TreeSet<>(List.of("/sub", "/sub/Deeper Dir", "/sub/Deeper Dir/x")));
        HostTools.Result label = HostTools.run("mlabel", "-s", "-i", img.toString(), "::");
        assertTrue(label.out().contains("MPY JVM"), label.out());
    }

    @Test
    void shortNamesAndCaseBitsAreWhatMtoolsSees() throws Exception {
        RamDisk disk = new RamDisk(512, 400);
        FatFilesystem.mkfs(disk, CLOCK);
        FatFilesystem fs = new FatFilesystem(disk, CLOCK);
        for (String n : List.of("/hello.txt", "/Long name.txt", "/verylongname.py", "/a.b.c", "/x y.txt",
                "/data.json", "/Mixed.txt")) {
            FatImages.writeAll(fs, n, new byte[0]);
        }
        fs.mkdir("/sub");
        Path img = save(tmp, "names.img", disk.bytes());
        HostTools.assertFsckClean(img);
        String listing = HostTools.run("mdir", "-i", img.toString(), "::/").out();
        for (String shortName : List.of("hello    txt", "LONGNA~1 TXT", "VERYLO~1 PY", "AB~1     C", "XY~1     TXT",
                "DATA~1   JSO", "MIXED    TXT", "sub          <DIR>")) {
            assertTrue(listing.contains(shortName), shortName + " missing in\n" + listing);
        }
    }

    @Test
    void partitionedFat32FromMkfsPassesFsck() throws Exception {
        RamDisk disk = new RamDisk(512, 70_000);
        FatGeometry g = FatFormatter.format(disk, CLOCK, FatGeometry.FM_FAT32);
        assertEquals(63, g.volumeStart());
        FatFilesystem fs = new FatFilesystem(disk, CLOCK);
        Map<String, byte[]> files = populate(fs, 7);
        byte[] whole = disk.bytes();
        Path img = save(tmp, "part.img", Arrays.copyOfRange(whole, 63 * 512, whole.length));
        checkWithTools(img, files, new TreeSet<>(List.of("/sub", "/sub/Deeper Dir", "/sub/Deeper Dir/x")));
    }

    /** mkfs.fat images: two FATs, FSInfo, backup boot sector; read here, written here, still fsck-clean. */
    @ParameterizedTest
    @CsvSource({
        "12, 512, 1, 2048",
        "16, 512, 4, 20480",
        "32, 512, 1, 40960",
        "12, 4096, 1, 4096",
        "16, 2048, 1, 16384",
    })
    void mkfsFatImagesMountReadAndStayClean(int fatBits, int ss, int spc, int kib) throws Exception {
        Path img = tmp.resolve("mkfs.img");
        HostTools.Result r = HostTools.run("mkfs.fat", "-C", "-F", String.valueOf(fatBits), "-S", String.valueOf(ss),
                "-s", String.valueOf(spc), "-n", "HOSTLABEL", "--invariant", img.toString(), String.valueOf(kib));
        assertEquals(0, r.exit(), r.stderr());
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Map<String, byte[]> files = new TreeMap<>();
        Random rnd = new Random(fatBits);
        for (String n : List.of("Host Long Name.txt", "short.txt", "UPPER.BIN")) {
            byte[] data = new byte[rnd.nextInt(9000)];
            rnd.nextBytes(data);
            Files.write(src.resolve(n), data);
            assertEquals(0, HostTools.run("mcopy", "-i", img.toString(), src.resolve(n).toString(), "::/").exit());
            files.put("/" + n, data);
        }
        assertEquals(0, HostTools.run("mmd", "-i", img.toString(), "::/Host Dir").exit());
        assertEquals(0, HostTools.run("mcopy", "-i", img.toString(), src.resolve("short.txt").toString(),
                "::/Host Dir/inner file.txt").exit());
        files.put("/Host Dir/inner file.txt", files.get("/short.txt"));

        RamDisk disk = new RamDisk(ss, Files.readAllBytes(img));
        FatFilesystem fs = new FatFilesystem(disk, CLOCK);
        assertEquals("HOSTLABEL", fs.label());
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            assertArrayEquals(e.getValue(), FatImages.readAll(fs, e.getKey()), e.getKey());
        }
        List<String> root = new ArrayList<>();
        for (DirEntry e : fs.ilistdir("/")) {
            root.add(e.name());
        }
        assertEquals(new TreeSet<>(List.of("Host Long Name.txt", "short.txt", "UPPER.BIN", "Host Dir")),
                new TreeSet<>(root));

        byte[] more = new byte[30000];
        rnd.nextBytes(more);
        FatImages.writeAll(fs, "/Host Dir/written by mpy-jvm.bin", more);
        files.put("/Host Dir/written by mpy-jvm.bin", more);
        fs.remove("/UPPER.BIN");
        files.remove("/UPPER.BIN");
        fs.mkdir("/new dir");
        Files.write(img, disk.bytes());
        checkWithTools(img, files, new TreeSet<>(List.of("/Host Dir", "/new dir")));
    }

    @Test
    void mbrPartitionedMkfsFatImageMounts() throws Exception {
        Path part = tmp.resolve("p.img");
        assertEquals(0, HostTools.run("mkfs.fat", "-C", "-F", "16", "-s", "1", "--invariant", part.toString(), "8192").exit());
        Path src = tmp.resolve("f.txt");
        Files.writeString(src, "inside a partition");
        assertEquals(0, HostTools.run("mcopy", "-i", part.toString(), src.toString(), "::/f.txt").exit());
        byte[] fat = Files.readAllBytes(part);
        int start = 2048;
        byte[] whole = new byte[start * 512 + fat.length];
        System.arraycopy(fat, 0, whole, start * 512, fat.length);
        int pte = 446;
        whole[pte + 4] = 0x06;
        LittleEndian.put32(whole, pte + 8, start);
        LittleEndian.put32(whole, pte + 12, fat.length / 512);
        whole[510] = 0x55;
        whole[511] = (byte) 0xAA;
        RamDisk disk = new RamDisk(512, whole);
        FatFilesystem fs = new FatFilesystem(disk, CLOCK);
        assertArrayEquals("inside a partition".getBytes(StandardCharsets.US_ASCII), FatImages.readAll(fs, "/f.txt"));
        FatImages.writeAll(fs, "/second.txt", "x".repeat(5000).getBytes());
        Path after = save(tmp, "after.img", Arrays.copyOfRange(disk.bytes(), start * 512, whole.length));
        checkWithTools(after, Map.of("/f.txt", "inside a partition".getBytes(StandardCharsets.US_ASCII),
                "/second.txt", "x".repeat(5000).getBytes()), new TreeSet<>());
    }
}

package org.mpyjvm.runtime.fat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/** VfsFat semantics from os.md (error matrix, open modes, seeks) and fat.md (names, case bits, LFN layout). */
class FatBehaviourTest {
    static final LocalDateTime NOW = LocalDateTime.of(2024, 6, 1, 12, 0, 0);
    RamDisk disk;
    FatFilesystem fs;

    @BeforeEach
    void format() throws StorageException {
        disk = new RamDisk(512, 1024);
        FatFilesystem.mkfs(disk, FatClock.fixed(NOW));
        fs = new FatFilesystem(disk, FatClock.fixed(NOW));
    }

    static void assertErrno(int errno, Executable op) {
        StorageException e = assertThrows(StorageException.class, op);
        assertEquals(errno, e.errno(), e.getMessage());
    }

    void write(String path, String text) throws StorageException {
        FatImages.writeAll(fs, path, text.getBytes(StandardCharsets.UTF_8));
    }

    String read(String path) throws StorageException {
        return new String(FatImages.readAll(fs, path), StandardCharsets.UTF_8);
    }

    List<String> names(String dir) throws StorageException {
        return fs.ilistdir(dir).stream().map(DirEntry::name).toList();
    }

    /** The 32-byte root directory entry at {@code slot} of the FAT12/16 root area. */
    byte[] rootSlot(int slot) {
        int rootStart = (1 + 4) * 512; // 1024 x 512: 1 reserved + 4 FAT sectors
        return Arrays.copyOfRange(disk.bytes(), rootStart + slot * 32, rootStart + slot * 32 + 32);
    }

    @Test
    void errorMatrix() throws Exception {
        write("/f", "x");
        fs.mkdir("/d");
        write("/d/inner", "y");
        fs.mkdir("/e");
        assertErrno(Errno.ENOENT, () -> fs.stat("/missing"));
        assertErrno(Errno.ENOENT, () -> fs.open("/missing", OpenMode.READ));
        assertErrno(Errno.ENOENT, () -> fs.remove("/missing"));
        assertErrno(Errno.ENOENT, () -> fs.ilistdir("/missing"));
        assertErrno(Errno.ENOENT, () -> fs.chdir("/missing"));
        assertErrno(Errno.ENOENT, () -> fs.open("/nodir/x", OpenMode.WRITE));
        assertErrno(Errno.ENOENT, () -> fs.mkdir("/nodir/x"));
        assertErrno(Errno.ENOENT, () -> fs.stat("/f/x"));
        assertErrno(Errno.ENOENT, () -> fs.ilistdir("/f"));
        assertErrno(Errno.ENOENT, () -> fs.chdir("/f"));
        assertErrno(Errno.EEXIST, () -> fs.mkdir("/d"));
        assertErrno(Errno.EACCES, () -> fs.rmdir("/d"));
        assertErrno(Errno.ENOTDIR, () -> fs.rmdir("/f"));
        assertErrno(Errno.EISDIR, () -> fs.remove("/d"));
        assertErrno(Errno.EISDIR, () -> fs.rename("/f", "/d"));
        assertErrno(Errno.EISDIR, () -> fs.rename("/e", "/d"));
        assertErrno(Errno.EINVAL, () -> fs.stat("/" + "n".repeat(300)));
        assertErrno(Errno.EINVAL, () -> fs.stat("/d/"));
        assertErrno(Errno.ENOENT, () -> fs.open("/d", OpenMode.READ));
        assertErrno(Errno.EINVAL, () -> fs.open("/", OpenMode.READ));
        assertErrno(Errno.EINVAL, () -> fs.open("/a*b", OpenMode.WRITE));
        assertErrno(Errno.EEXIST, () -> fs.open("/f", OpenMode.parse("x")));
        fs.rmdir("/e");
        assertEquals(List.of("f", "d"), names("/"));
    }

    @Test
    void renameRules() throws Exception {
        write("/a", "A");
        write("/b", "B");
        fs.rename("/a", "/b");
        assertEquals("A", read("/b"));
        assertErrno(Errno.ENOENT, () -> fs.stat("/a"));
        fs.mkdir("/dir");
        write("/dir/x", "X");
        write("/file", "F");
        fs.rename("/dir", "/file");
        assertEquals("X", read("/file/x"));
        fs.rename("/b", "/b");
        assertEquals("A", read("/b"));
        fs.rename("/b", "/B");
        // FatFs re-registers the entry in the first free slot, so the listing order follows slot reuse
        assertEquals(List.of("B", "file"), names("/"));
        fs.mkdir("/other");
        fs.rename("/file", "/other/moved");
        assertEquals("X", read("/other/moved/x"));
        fs.chdir("/other/moved");
        fs.chdir("..");
        assertEquals("/other", fs.getcwd());
        assertErrno(Errno.EINVAL, () -> fs.rename("/other", "/other/moved/inside"));
    }

    @Test
    void shortNamesCaseBitsAndLfnLayout() throws Exception {
        write("/hello.txt", "");
        byte[] e = rootSlot(0);
        assertEquals("HELLO   TXT", new String(e, 0, 11, StandardCharsets.US_ASCII));
        assertEquals(0x18, e[12]);
        fs.mkdir("/sub");
        assertEquals("SUB        ", new String(rootSlot(1), 0, 11, StandardCharsets.US_ASCII));
        assertEquals(0x08, rootSlot(1)[12]);
        write("/Long name.txt", "");
        byte[] lfn = rootSlot(2);
        byte[] sfn = rootSlot(3);
        assertEquals("LONGNA~1TXT", new String(sfn, 0, 11, StandardCharsets.US_ASCII));
        assertEquals(0xF4, lfn[13] & 0xFF);
        assertEquals(0x41, lfn[0] & 0xFF); // 13 characters fill exactly one LFN entry, no terminator
        assertEquals(0xFFFF & 't', LittleEndian.u16(lfn, 30));
        assertEquals(0x0F, lfn[11]);
        write("/Mixed.txt", "");
        assertEquals("MIXED   TXT", new String(rootSlot(5), 0, 11, StandardCharsets.US_ASCII));
        assertEquals(List.of("hello.txt", "sub", "Long name.txt", "Mixed.txt"), names("/"));
        // lookups ignore case and reuse the existing entry
        write("/HELLO.TXT", "again");
        assertEquals(List.of("hello.txt", "sub", "Long name.txt", "Mixed.txt"), names("/"));
        assertEquals("again", read("/Hello.Txt"));
        assertEquals("", read("/LONGNA~1.TXT"));
    }

    @Test
    void numberedTailsThenHash() throws Exception {
        for (int i = 0; i < 8; i++) {
            write("/Long name " + i + ".txt", "" + i);
        }
        byte[] root = Arrays.copyOfRange(disk.bytes(), 5 * 512, 5 * 512 + 16384);
        String all = new String(root, StandardCharsets.ISO_8859_1);
        for (int i = 1; i <= 5; i++) {
            assertTrue(all.contains("LONGNA~" + i + "TXT"), "~" + i);
        }
        assertFalse(all.contains("LONGNA~6TXT"));
        java.util.Set<String> tails = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("LON[A-Z]{0,3}~[0-9A-F]{1,5}TXT").matcher(all);
        while (m.find()) {
            tails.add(m.group());
        }
        assertEquals(8, tails.size(), tails.toString());
        for (int i = 0; i < 8; i++) {
            assertEquals("" + i, read("/long NAME " + i + ".TXT"));
        }
    }

    @Test
    void nonAsciiNamesGoThroughCp437() throws Exception {
        write("/é.txt", "accent");
        byte[] lfn = rootSlot(0);
        assertEquals(0x251C, LittleEndian.u16(lfn, 1));
        assertEquals(0x2310, LittleEndian.u16(lfn, 3));
        byte[] sfn = rootSlot(1);
        assertEquals(0xC3, sfn[0] & 0xFF);
        assertEquals(0xA9, sfn[1] & 0xFF);
        assertEquals(List.of("é.txt"), names("/"));
        assertEquals("accent", read("/é.txt"));
    }

    @Test
    void openModesAndSeeks() throws Exception {
        write("/f", "hello");
        FileHandle r = fs.open("/f", OpenMode.READ);
        assertErrno(Errno.EACCES, () -> r.write(new byte[1], 0, 1));
        assertEquals(5, r.seek(100, FileHandle.SEEK_SET));
        r.close();
        assertErrno(Errno.EINVAL, () -> r.read(new byte[1], 0, 1));
        assertEquals(5, r.seek(0, FileHandle.SEEK_SET));
        FileHandle w = fs.open("/g", OpenMode.WRITE);
        assertErrno(Errno.EACCES, () -> w.read(new byte[1], 0, 1));
        assertEquals(1000, w.seek(1000, FileHandle.SEEK_SET));
        w.write("end".getBytes(), 0, 3);
        w.close();
        assertEquals(1003, fs.stat("/g").size());
        FileHandle a = fs.open("/f", OpenMode.parse("a"));
        assertEquals(5, a.tell());
        a.write("!".getBytes(), 0, 1);
        a.seek(0, FileHandle.SEEK_SET);
        a.write("J".getBytes(), 0, 1);
        a.close();
        assertEquals("Jello!", read("/f"));
        FileHandle rw = fs.open("/f", OpenMode.parse("r+"));
        byte[] two = new byte[2];
        rw.read(two, 0, 2);
        rw.write("LL".getBytes(), 0, 2);
        assertEquals(6, rw.seek(0, FileHandle.SEEK_END));
        rw.close();
        assertEquals("JeLLo!", read("/f"));
        FileHandle t = fs.open("/f", OpenMode.WRITE);
        t.close();
        assertEquals(0, fs.stat("/f").size());
    }

    @Test
    void fullDiskGivesEnospcAndFullRootGivesEacces() throws Exception {
        FileHandle f = fs.open("/big", OpenMode.WRITE);
        byte[] chunk = new byte[100_000];
        StorageException e = assertThrows(StorageException.class, () -> {
            for (int i = 0; i < 10; i++) {
                f.write(chunk, 0, chunk.length);
            }
        });
        assertEquals(Errno.ENOSPC, e.errno());
        f.close();
        assertEquals(0, fs.statvfs("/").bfree());
        assertEquals(987L * 512, fs.stat("/big").size());
        fs.remove("/big");
        assertEquals(987, fs.statvfs("/").bfree());
        RamDisk small = new RamDisk(512, 2000);
        FatFilesystem.mkfs(small, FatClock.noRtc());
        FatFilesystem s = new FatFilesystem(small, FatClock.noRtc());
        for (int i = 0; i < 512; i++) {
            FatImages.writeAll(s, "/F" + i, new byte[0]);
        }
        assertErrno(Errno.EACCES, () -> FatImages.writeAll(s, "/one.more", new byte[0]));
        assertErrno(Errno.EACCES, () -> s.mkdir("/dir"));
    }

    @Test
    void readOnlyMountAndUnformattedDevice() throws Exception {
        write("/f", "x");
        fs.mount(true, false);
        assertEquals("x", read("/f"));
        assertErrno(Errno.EROFS, () -> write("/g", "y"));
        assertErrno(Errno.EROFS, () -> fs.mkdir("/d"));
        assertErrno(Errno.EROFS, () -> fs.remove("/f"));
        assertErrno(Errno.EROFS, () -> fs.rename("/f", "/h"));
        assertErrno(Errno.EROFS, () -> fs.open("/f", OpenMode.parse("r+")));
        assertErrno(Errno.ENOENT, () -> fs.remove("/missing"));
        FatFilesystem blank = new FatFilesystem(new RamDisk(512, 100), FatClock.noRtc());
        assertFalse(blank.isFormatted());
        assertErrno(Errno.ENODEV, () -> blank.ilistdir("/"));
        assertErrno(Errno.ENODEV, () -> blank.statvfs("/"));
    }

    @Test
    void timestampsComeFromTheClock() throws Exception {
        long[] now = {LocalDateTime.of(2023, 7, 8, 9, 10, 12).toEpochSecond(ZoneOffset.UTC)};
        FatFilesystem clocked = new FatFilesystem(disk, FatClock.ofEpochSeconds(() -> now[0]));
        FatImages.writeAll(clocked, "/t", new byte[1]);
        assertEquals(now[0], clocked.stat("/t").mtime());
        FatFilesystem zephyr = new FatFilesystem(disk, FatClock.noRtc());
        zephyr.mkdir("/z");
        assertEquals(LocalDateTime.of(2018, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC), zephyr.stat("/z").mtime());
        assertEquals(946684800L, zephyr.stat("/").mtime());
    }

    @Test
    void labels() throws Exception {
        assertEquals("", fs.label());
        fs.setLabel("pybflash");
        assertEquals("PYBFLASH", fs.label());
        assertEquals(List.of(), names("/"));
        assertErrno(Errno.EINVAL, () -> fs.setLabel("bad.label"));
        assertErrno(Errno.EINVAL, () -> fs.setLabel("twelve chars"));
        fs.setLabel("");
        assertEquals("", fs.label());
    }

    @Test
    void currentDirectory() throws Exception {
        fs.mkdir("/a");
        fs.mkdir("/a/Long Directory Name");
        fs.chdir("/a/Long Directory Name");
        assertEquals("/a/Long Directory Name", fs.getcwd());
        write("rel.txt", "r");
        assertEquals("r", read("/a/Long Directory Name/rel.txt"));
        assertErrno(Errno.EACCES, () -> fs.rmdir("/a/Long Directory Name"));
        fs.chdir("../..");
        assertEquals("/", fs.getcwd());
        fs.chdir("a");
        assertEquals(List.of("Long Directory Name"), names(""));
        fs.chdir("/");
        assertEquals(List.of("a"), names("."));
    }

    @Test
    void filesGrowTo4GibMinusOneAndNoFurther() throws Exception {
        SparseDisk sd = new SparseDisk(512, 16L * 1024 * 1024); // 8 GiB: FAT32 behind an MBR
        FatFilesystem.mkfs(sd, FatClock.noRtc());
        FatFilesystem big = new FatFilesystem(sd, FatClock.noRtc());
        FileHandle f = big.open("/huge.bin", OpenMode.WRITE);
        assertEquals(0xFFFFFFFFL, f.seek(-1, FileHandle.SEEK_SET)); // FatFs offsets are unsigned 32-bit
        assertErrno(Errno.ENOSPC, () -> f.write(new byte[1], 0, 1));
        f.seek(-3, FileHandle.SEEK_END);
        assertEquals(2, f.write(new byte[] {7, 8}, 0, 2));
        f.close();
        assertEquals(0xFFFFFFFFL, big.stat("/huge.bin").size());
        FileHandle r = big.open("/huge.bin", OpenMode.READ);
        r.seek(-3, FileHandle.SEEK_END);
        byte[] tail = new byte[3];
        assertEquals(3, r.read(tail, 0, 3));
        assertArrayEquals(new byte[] {7, 8, 0}, tail);
        assertEquals(0xFFFFFFFFL, r.seek(-1, FileHandle.SEEK_SET)); // read-only handles clamp to the size
        r.close();
        long clusters = big.statvfs("/").blocks();
        assertEquals(clusters - 1 - 131072, big.statvfs("/").bfree());
        big.remove("/huge.bin");
        assertEquals(clusters - 1, new FatFilesystem(sd, FatClock.noRtc()).statvfs("/").bfree());
    }

    @Test
    void longestNameIsFoundAndListed() throws Exception {
        // 255 = 19 * 13 + 8: the last LFN part carries its own terminator, which must not count as an overflow.
        String longest = "z".repeat(255);
        write("/" + longest, "max");
        assertEquals("max", read("/" + longest));
        assertEquals(3, fs.stat("/" + longest).size());
        assertEquals(List.of(longest), names("/"));
        assertErrno(Errno.EINVAL, () -> fs.open("/" + "y".repeat(256), OpenMode.WRITE));
    }
}

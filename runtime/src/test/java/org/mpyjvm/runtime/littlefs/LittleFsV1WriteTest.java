package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mpyjvm.runtime.littlefs.LittleFsFilesystemTest.errno;
import static org.mpyjvm.runtime.littlefs.LittleFsFilesystemTest.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.detect.DetectedFilesystem;
import org.mpyjvm.runtime.detect.FilesystemDetector;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.StatVfs;

/** VfsLfs1 writing: the operations and error numbers MicroPython's lfs1 gives, one behaviour per test. */
class LittleFsV1WriteTest {
    private static final LittleFsFilesystem.Options OPTS = LittleFsFilesystem.Options.defaults();

    private static LittleFsV1 fresh(RamDisk disk) throws StorageException {
        LittleFsV1.mkfs(disk, OPTS);
        return new LittleFsV1(disk, OPTS);
    }

    private static void write(LittleFsV1 fs, String path, String mode, byte[] data) throws StorageException {
        FileHandle f = fs.open(path, OpenMode.parse(mode));
        f.write(data, 0, data.length);
        f.close();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void mkfsOnTheGoldenDeviceLeaves28Of32BlocksFree() throws Exception {
        RamDisk disk = new RamDisk(4096, 32, (byte) 0xFF);
        LittleFsV1.mkfs(disk, OPTS.withSizes(64, 64, 128));
        LittleFsV1 fs = new LittleFsV1(disk, OPTS.withSizes(64, 64, 128));
        assertEquals(new StatVfs(4096, 4096, 32, 28, 28, 0, 0, 0, 0, 255), fs.statvfs("/"));
        assertEquals(List.of(), fs.ilistdir("/"));
        assertEquals(1, LittleFsProbe.version(disk));
        assertEquals(DetectedFilesystem.LFS1, FilesystemDetector.detect(disk));
    }

    @Test
    void errorNumbersAreMicroPythons() throws Exception {
        LittleFsV1 fs = fresh(new RamDisk(512, 64, (byte) 0xFF));
        fs.mkdir("/d");
        write(fs, "/d/f", "w", bytes("x"));
        assertEquals(Errno.ENOENT, errno(() -> fs.open("/nope", OpenMode.READ)));
        assertEquals(Errno.ENOENT, errno(() -> fs.stat("/nope")));
        assertEquals(Errno.ENOENT, errno(() -> fs.remove("/nope")));
        assertEquals(Errno.ENOENT, errno(() -> fs.rename("/nope", "/x")));
        assertEquals(Errno.ENOENT, errno(() -> fs.mkdir("/a/b")));
        // lfs1 creates only a bare last name: a trailing '/' after a missing name is ENOENT
        assertEquals(Errno.ENOENT, errno(() -> fs.mkdir("/new/")));
        assertEquals(Errno.EEXIST, errno(() -> fs.mkdir("/d")));
        assertEquals(Errno.EEXIST, errno(() -> fs.mkdir("/")));
        assertEquals(Errno.EEXIST, errno(() -> fs.open("/d/f", OpenMode.parse("x"))));
        assertEquals(Errno.EISDIR, errno(() -> fs.open("/d", OpenMode.READ)));
        assertEquals(Errno.EISDIR, errno(() -> fs.open("/", OpenMode.parse("w"))));
        assertEquals(Errno.EISDIR, errno(() -> fs.rename("/d/f", "/d")));
        assertEquals(Errno.ENOTDIR, errno(() -> fs.mkdir("/d/f/g")));
        assertEquals(Errno.ENOTDIR, errno(() -> fs.ilistdir("/d/f")));
        assertEquals(Errno.ENOTEMPTY, errno(() -> fs.rmdir("/d")));
        assertEquals(39, Errno.ENOTEMPTY);
        assertEquals(Errno.EINVAL, errno(() -> fs.remove("/")));
        FileHandle w = fs.open("/d/f", OpenMode.parse("a"));
        assertEquals(Errno.EBADF, errno(() -> w.read(new byte[1], 0, 1)));
        assertEquals(Errno.EINVAL, errno(() -> w.seek(-1, FileHandle.SEEK_SET)));
        w.close();
        assertEquals(Errno.EBADF, errno(() -> w.write(new byte[1], 0, 1)));
        FileHandle r = fs.open("/d/f", OpenMode.READ);
        assertEquals(Errno.EBADF, errno(() -> r.write(new byte[1], 0, 1)));
        r.close();
        // the failed rename left nothing flagged behind: the file is still there, once
        assertEquals(List.of("f"), fs.ilistdir("/d").stream().map(DirEntry::name).toList());
        assertEquals(0, fs.stat("/d/f").mtime());
    }

    @Test
    void fillingTheDeviceIsEnospcAndTheVolumeStaysUsable() throws Exception {
        RamDisk disk = new RamDisk(512, 32, (byte) 0xFF);
        LittleFsV1 fs = fresh(disk);
        FileHandle f = fs.open("/big", OpenMode.parse("w"));
        byte[] chunk = new byte[500];
        StorageException full = null;
        for (int i = 0; i < 100 && full == null; i++) {
            try {
                f.write(chunk, 0, chunk.length);
            } catch (StorageException e) {
                full = e;
            }
        }
        assertEquals(Errno.ENOSPC, full == null ? 0 : full.errno());
        f.close();
        LittleFsV1 again = new LittleFsV1(disk, OPTS);
        assertEquals(0, again.stat("/big").size());
        write(again, "/small", "w", bytes("still works"));
        assertArrayEquals(bytes("still works"), read(new LittleFsV1(disk, OPTS), "/small"));
    }

    @Test
    void truncateAppendSeekAndZeroFill() throws Exception {
        RamDisk disk = new RamDisk(512, 64, (byte) 0xFF);
        LittleFsV1 fs = fresh(disk);
        byte[] data = new byte[1500];
        new Random(1).nextBytes(data);
        write(fs, "/f", "w", data);
        write(fs, "/f", "a", bytes("tail"));
        assertEquals(1504, fs.stat("/f").size());
        FileHandle a = fs.open("/f", OpenMode.parse("a"));
        a.seek(0, FileHandle.SEEK_SET);
        a.write(bytes("!"), 0, 1);
        assertEquals(1505, a.tell());
        a.close();
        FileHandle rw = fs.open("/f", OpenMode.parse("r+"));
        rw.seek(2000, FileHandle.SEEK_SET);
        rw.write(bytes("z"), 0, 1);
        rw.seek(10, FileHandle.SEEK_SET);
        byte[] ten = new byte[10];
        rw.read(ten, 0, 10);
        assertArrayEquals(Arrays.copyOfRange(data, 10, 20), ten);
        rw.close();
        byte[] all = read(new LittleFsV1(disk, OPTS), "/f");
        assertEquals(2001, all.length);
        assertEquals(0, all[1800]);
        assertEquals('z', all[2000]);
        FileHandle w = fs.open("/f", OpenMode.parse("w"));
        assertEquals(0, w.size());
        w.close();
        assertEquals(0, new LittleFsV1(disk, OPTS).stat("/f").size());
        assertEquals(new LittleFsV1(disk, OPTS).statvfs("/").bfree(), 60);
    }

    @Test
    void renameReplacesFilesAndMovesDirectoriesWithTheirContents() throws Exception {
        RamDisk disk = new RamDisk(512, 64, (byte) 0xFF);
        LittleFsV1 fs = fresh(disk);
        fs.mkdir("/a");
        fs.mkdir("/a/sub");
        fs.mkdir("/b");
        write(fs, "/a/sub/x", "w", new byte[700]);
        write(fs, "/old", "w", bytes("new contents"));
        write(fs, "/b/target", "w", new byte[1200]);
        long before = fs.statvfs("/").bfree();
        fs.rename("/old", "/b/target");
        assertEquals(before + 3, fs.statvfs("/").bfree(), "the replaced file's 3 blocks are free again");
        fs.rename("/a/sub", "/b/moved");
        fs.rename("/b/target", "/b/target");
        LittleFsV1 again = new LittleFsV1(disk, OPTS);
        assertArrayEquals(bytes("new contents"), read(again, "/b/target"));
        assertEquals(700, again.stat("/b/moved/x").size());
        assertEquals(List.of(), again.ilistdir("/a"));
        assertEquals(List.of("target", "moved"), again.ilistdir("/b").stream().map(DirEntry::name).toList());
        assertEquals(Errno.ENOENT, errno(() -> again.stat("/old")));
        again.rmdir("/a");
        assertEquals(Errno.EINVAL, errno(() -> again.rename("/b", "/b/moved/deeper")));
        again.mkdir("/c");
        assertEquals(Errno.ENOTEMPTY, errno(() -> again.rename("/c", "/b")));
        again.mkdir("/b/moved/empty");
        again.rename("/c", "/b/moved/empty");
        assertEquals(List.of("x", "empty"), again.ilistdir("/b/moved").stream().map(DirEntry::name).toList());
        assertEquals(Errno.ENOENT, errno(() -> again.stat("/c")));
    }

    @Test
    void directoriesGrowAcrossPairsAndShrinkBack() throws Exception {
        RamDisk disk = new RamDisk(512, 128, (byte) 0xFF);
        LittleFsV1 fs = fresh(disk);
        long empty = fs.statvfs("/").bfree();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "entry-number-" + i + "-with-a-long-name";
            names.add(name);
            write(fs, "/" + name, "w", new byte[0]);
        }
        LittleFsV1 again = new LittleFsV1(disk, OPTS);
        assertEquals(names, again.ilistdir("/").stream().map(DirEntry::name).toList());
        int[] continued = {0};
        again.volume().reader.walkThread(d -> {
            continued[0] += d.continued() ? 1 : 0;
            return false;
        });
        assertTrue(continued[0] >= 3, continued[0] + " continuation links");
        for (String n : names) {
            again.remove("/" + n);
        }
        assertEquals(empty, again.statvfs("/").bfree(), "emptied continuation pairs leave the thread");
        assertEquals(List.of(), new LittleFsV1(disk, OPTS).ilistdir("/"));
    }

    @Test
    void readonlyMountRefusesWrites() throws Exception {
        RamDisk disk = new RamDisk(512, 64, (byte) 0xFF);
        LittleFsV1 fs = fresh(disk);
        fs.mount(true, false);
        assertEquals(Errno.EROFS, errno(() -> fs.mkdir("/x")));
        assertEquals(Errno.EROFS, errno(() -> fs.open("/x", OpenMode.parse("w"))));
        fs.umount();
        assertEquals(Errno.ENODEV, errno(() -> fs.stat("/")));
        fs.mount(false, false);
        fs.mkdir("/x");
    }

    /** Random damage to a volume with chained directories: every operation ends in a StorageException or works. */
    @Test
    @Timeout(60)
    void damagedVolumesOnlyRaiseStorageExceptions() throws Exception {
        RamDisk clean = new RamDisk(512, 64, (byte) 0xFF);
        LittleFsV1 fs = fresh(clean);
        fs.mkdir("/d");
        for (int i = 0; i < 14; i++) {
            write(fs, (i % 2 == 0 ? "/" : "/d/") + "a-file-with-a-long-name-" + i, "w", new byte[37 * i]);
        }
        byte[] image = clean.bytes();
        Random rnd = new Random(5);
        int failures = 0;
        for (int round = 0; round < 300; round++) {
            byte[] damaged = image.clone();
            int hits = 1 + rnd.nextInt(12);
            for (int i = 0; i < hits; i++) {
                // mostly metadata blocks, where a bad number does the most harm
                int at = rnd.nextInt(4) == 0 ? rnd.nextInt(damaged.length) : rnd.nextInt(8) * 512 + rnd.nextInt(512);
                damaged[at] = (byte) rnd.nextInt(256);
            }
            RamDisk disk = new RamDisk(512, damaged);
            try {
                LittleFsV1 v = new LittleFsV1(disk, OPTS);
                v.statvfs("/");
                for (DirEntry e : v.ilistdir("/")) {
                    if (!e.isDir()) {
                        read(v, "/" + e.name());
                    }
                }
                v.mkdir("/new");
                write(v, "/d/another", "w", new byte[900]);
                v.rename("/d/another", "/moved");
                v.remove("/moved");
            } catch (StorageException expected) {
                failures++;
            }
        }
        assertTrue(failures > 0, "no damage was ever noticed");
    }
}

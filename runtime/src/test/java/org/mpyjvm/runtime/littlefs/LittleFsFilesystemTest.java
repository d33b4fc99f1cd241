package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.StatVfs;

class LittleFsFilesystemTest {
    private final AtomicLong clock = new AtomicLong(1_700_000_000_123_456_789L);

    private LittleFsFilesystem.Options opts() {
        return LittleFsFilesystem.Options.defaults().withClock(clock::get, 0);
    }

    private LittleFsFilesystem fresh(int bs, int count) throws StorageException {
        RamDisk disk = new RamDisk(bs, count, (byte) 0xFF);
        LittleFsFilesystem.mkfs(disk, opts());
        return new LittleFsFilesystem(disk, opts());
    }

    static void write(LittleFsFilesystem fs, String path, String mode, byte[] data) throws StorageException {
        FileHandle f = fs.open(path, OpenMode.parse(mode));
        f.write(data, 0, data.length);
        f.close();
    }

    static byte[] read(org.mpyjvm.runtime.fs.Filesystem fs, String path) throws StorageException {
        FileHandle f = fs.open(path, OpenMode.READ);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[333];
        int n;
        while ((n = f.read(buf, 0, buf.length)) > 0) {
            out.write(buf, 0, n);
        }
        f.close();
        return out.toByteArray();
    }

    static int errno(ThrowingRunnable r) {
        StorageException e = assertThrows(StorageException.class, r::run);
        return e.errno();
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void statvfsOfFreshFilesystemsMatchesMicroPython() throws Exception {
        assertEquals(new StatVfs(512, 512, 50, 48, 48, 0, 0, 0, 0, 255), fresh(512, 50).statvfs("/"));
        assertEquals(new StatVfs(4096, 4096, 16, 14, 14, 0, 0, 0, 0, 255), fresh(4096, 16).statvfs("/"));
    }

    @Test
    void mkfsOnOneBlockIsEnospcAndUnformattedIsCorrupt() {
        assertEquals(Errno.ENOSPC, errno(() -> LittleFsFilesystem.mkfs(new RamDisk(512, 1, (byte) 0xFF), opts())));
        assertEquals(84, errno(() -> new LittleFsFilesystem(new RamDisk(512, 16, (byte) 0xFF), opts())));
    }

    @Test
    void errorNumbersFollowTheMatrix() throws Exception {
        LittleFsFilesystem fs = fresh(512, 64);
        write(fs, "/f", "w", bytes("x"));
        fs.mkdir("/d");
        write(fs, "/d/g", "w", bytes("y"));
        assertEquals(Errno.ENOENT, errno(() -> fs.stat("/missing")));
        assertEquals(Errno.ENOENT, errno(() -> fs.open("/nodir/x", OpenMode.parse("w"))));
        assertEquals(Errno.ENOTDIR, errno(() -> fs.stat("/f/x")));
        assertEquals(Errno.ENOTDIR, errno(() -> fs.ilistdir("/f")));
        assertEquals(Errno.ENOENT, errno(() -> fs.chdir("/f")));
        assertEquals(Errno.EEXIST, errno(() -> fs.mkdir("/d")));
        assertEquals(Errno.ENOTEMPTY, errno(() -> fs.rmdir("/d")));
        assertEquals(Errno.ENOTEMPTY, errno(() -> fs.remove("/d")));
        assertEquals(Errno.EISDIR, errno(() -> fs.open("/d", OpenMode.READ)));
        assertEquals(Errno.EISDIR, errno(() -> fs.open("/", OpenMode.READ)));
        assertEquals(Errno.EEXIST, errno(() -> fs.open("/f", OpenMode.parse("x"))));
        assertEquals(Errno.EISDIR, errno(() -> fs.rename("/f", "/d")));
        assertEquals(Errno.ENOTDIR, errno(() -> fs.rename("/d", "/f")));
        assertEquals(Errno.ENAMETOOLONG, errno(() -> fs.mkdir("/" + "n".repeat(300))));
        assertEquals(Errno.ENAMETOOLONG, errno(() -> fs.open("/" + "n".repeat(300), OpenMode.parse("w"))));
        assertEquals(Errno.EINVAL, errno(() -> fs.rename("/d", "/d/sub")));
        fs.rename("/f", "/f");
        fs.rmdir("/f");
        assertEquals(Errno.ENOENT, errno(() -> fs.stat("/f")));
        fs.mkdir("/e");
        fs.remove("/e");
        write(fs, "/d/h", "w", bytes("z"));
        fs.rename("/d/h", "/d/g");
        assertArrayEquals(bytes("z"), read(fs, "/d/g"));
        fs.mount(true, false);
        assertEquals(Errno.EROFS, errno(() -> fs.mkdir("/ro")));
        assertEquals(Errno.EROFS, errno(() -> fs.open("/d/g", OpenMode.parse("a"))));
        assertArrayEquals(bytes("z"), read(fs, "/d/g"));
    }

    @Test
    void modesSeekAndMtime() throws Exception {
        LittleFsFilesystem fs = fresh(512, 64);
        write(fs, "/a", "w", bytes("hello"));
        FileHandle f = fs.open("/a", OpenMode.parse("a"));
        assertEquals(0, f.tell());
        f.write(bytes("!!"), 0, 2);
        f.seek(0, FileHandle.SEEK_SET);
        f.write(bytes("?"), 0, 1);
        f.close();
        assertArrayEquals(bytes("hello!!?"), read(fs, "/a"));
        f = fs.open("/a", OpenMode.parse("r+"));
        assertEquals(20, f.seek(20, FileHandle.SEEK_SET));
        f.write(bytes("Z"), 0, 1);
        f.close();
        byte[] expect = new byte[21];
        System.arraycopy(bytes("hello!!?"), 0, expect, 0, 8);
        expect[20] = 'Z';
        assertArrayEquals(expect, read(fs, "/a"));
        assertEquals(1_700_000_000L, fs.stat("/a").mtime());
        clock.set(1_800_000_000_000_000_000L);
        write(fs, "/a", "w", bytes("new"));
        assertEquals(1_800_000_000L, fs.stat("/a").mtime());
        assertEquals(0, fs.stat("/").mtime());
        read(fs, "/a");
        clock.set(1_900_000_000_000_000_000L);
        read(fs, "/a");
        assertEquals(1_800_000_000L, fs.stat("/a").mtime());
        fs.chdir("/");
        fs.mkdir("sub");
        fs.chdir("sub");
        assertEquals("/sub", fs.getcwd());
        write(fs, "rel", "w", bytes("r"));
        assertArrayEquals(bytes("r"), read(fs, "/sub/rel"));
        fs.chdir("..");
        assertEquals("/", fs.getcwd());
        assertEquals(Errno.ENOENT, errno(() -> fs.chdir("..")));
    }

    @Test
    void umountThenMountRemountsAndEpochOffsetApplies() throws Exception {
        RamDisk disk = new RamDisk(512, 32, (byte) 0xFF);
        LittleFsFilesystem.Options epoch2000 = opts().withClock(clock::get, LittleFsFilesystem.EPOCH_2000_OFFSET);
        LittleFsFilesystem.mkfs(disk, epoch2000);
        LittleFsFilesystem fs = new LittleFsFilesystem(disk, epoch2000);
        assertEquals("VfsLfs2", fs.typeName());
        write(fs, "/t", "w", bytes("x"));
        assertEquals(1_700_000_000L - 946_684_800L, fs.stat("/t").mtime());
        fs.umount();
        assertEquals(Errno.ENODEV, errno(() -> fs.stat("/t")));
        fs.mount(false, false);
        assertArrayEquals(bytes("x"), read(fs, "/t"));
        LittleFsFilesystem noMtime = new LittleFsFilesystem(disk, epoch2000.withMtime(false));
        write(noMtime, "/u", "w", bytes("y"));
        assertEquals(0, noMtime.stat("/u").mtime());
        assertEquals(1_700_000_000L - 946_684_800L, noMtime.stat("/t").mtime());
    }

    @Test
    void overwritesInsideLargeFilesSeeksAndTruncation() throws Exception {
        LittleFsFilesystem fs = fresh(512, 128);
        Random rnd = new Random(9);
        byte[] model = new byte[5000];
        rnd.nextBytes(model);
        write(fs, "/big", "w", model);
        for (int round = 0; round < 40; round++) {
            FileHandle f = fs.open("/big", OpenMode.parse("r+"));
            int at = rnd.nextInt(model.length + 300);
            byte[] patch = new byte[1 + rnd.nextInt(700)];
            rnd.nextBytes(patch);
            assertEquals(at, f.seek(at, FileHandle.SEEK_SET));
            f.write(patch, 0, patch.length);
            int newLen = Math.max(model.length, at + patch.length);
            byte[] next = java.util.Arrays.copyOf(model, newLen);
            System.arraycopy(patch, 0, next, at, patch.length);
            model = next;
            assertEquals(model.length, f.seek(0, FileHandle.SEEK_END));
            if (round % 5 == 4) {
                int cut = rnd.nextInt(model.length);
                f.truncate(cut);
                model = java.util.Arrays.copyOf(model, cut);
            }
            f.seek(0, FileHandle.SEEK_SET);
            byte[] head = new byte[Math.min(100, model.length)];
            int n = f.read(head, 0, head.length);
            assertEquals(head.length, n);
            assertArrayEquals(java.util.Arrays.copyOf(model, head.length), head);
            f.close();
            assertArrayEquals(model, read(fs, "/big"), "round " + round);
        }
        assertEquals(model.length, fs.stat("/big").size());
    }

    @Test
    void openFilesFollowRenamesAndForgetRemovedEntries() throws Exception {
        LittleFsFilesystem fs = fresh(512, 64);
        FileHandle a = fs.open("/a", OpenMode.parse("w"));
        a.write(bytes("first"), 0, 5);
        fs.mkdir("/d");
        fs.rename("/a", "/d/b");
        a.close();
        assertArrayEquals(bytes("first"), read(fs, "/d/b"));
        FileHandle c = fs.open("/c", OpenMode.parse("w"));
        c.write(bytes("stale"), 0, 5);
        fs.remove("/c");
        write(fs, "/c", "w", bytes("fresh"));
        c.close();
        assertArrayEquals(bytes("fresh"), read(fs, "/c"));
    }

    @Test
    void randomWorkloadMatchesAModelAcrossRemounts() throws Exception {
        for (int geometry = 0; geometry < 2; geometry++) {
            int bs = geometry == 0 ? 512 : 4096;
            int count = geometry == 0 ? 256 : 64;
            RamDisk disk = new RamDisk(bs, count, (byte) 0xFF);
            LittleFsFilesystem.mkfs(disk, opts());
            LittleFsFilesystem fs = new LittleFsFilesystem(disk, opts());
            Random rnd = new Random(42 + geometry);
            TreeMap<String, byte[]> model = new TreeMap<>();
            fs.mkdir("/d");
            for (int step = 0; step < 600; step++) {
                String name = (rnd.nextBoolean() ? "/d/" : "/") + "f" + rnd.nextInt(20);
                int op = rnd.nextInt(10);
                if (op < 5) {
                    byte[] data = new byte[rnd.nextInt(4) == 0 ? rnd.nextInt(3 * bs) : rnd.nextInt(100)];
                    rnd.nextBytes(data);
                    write(fs, name, "w", data);
                    model.put(name, data);
                } else if (op < 7 && model.containsKey(name)) {
                    byte[] more = new byte[rnd.nextInt(200)];
                    rnd.nextBytes(more);
                    write(fs, name, "a", more);
                    byte[] old = model.get(name);
                    byte[] both = new byte[old.length + more.length];
                    System.arraycopy(old, 0, both, 0, old.length);
                    System.arraycopy(more, 0, both, old.length, more.length);
                    model.put(name, both);
                } else if (op < 8 && model.containsKey(name)) {
                    fs.remove(name);
                    model.remove(name);
                } else if (op < 9 && model.containsKey(name)) {
                    String to = (rnd.nextBoolean() ? "/d/" : "/") + "f" + rnd.nextInt(20);
                    fs.rename(name, to);
                    model.put(to, model.remove(name));
                } else {
                    fs = new LittleFsFilesystem(disk, opts());
                }
                if (step % 50 == 49) {
                    for (var e : model.entrySet()) {
                        assertArrayEquals(e.getValue(), read(fs, e.getKey()), e.getKey() + " at step " + step);
                    }
                    List<DirEntry> root = fs.ilistdir("/");
                    assertEquals(model.keySet().stream().filter(k -> k.lastIndexOf('/') == 0).count() + 1,
                            root.size());
                    assertTrue(fs.statvfs("/").bfree() > 0);
                }
            }
        }
    }
}

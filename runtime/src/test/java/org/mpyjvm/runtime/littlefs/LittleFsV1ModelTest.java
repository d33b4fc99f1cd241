package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * Seeded random operation sequences on VfsLfs1 against an in-memory model of the tree: writes ('w', 'a', 'x',
 * 'r+' with seeks past the end), mkdir, remove, rmdir (ENOTEMPTY), renames (over files, between directories,
 * directories), with the expected errors. Long names on 512-byte blocks make directories grow across chained
 * pairs. Every few steps the volume is remounted and compared with the model in full, and statvfs must count
 * exactly the distinct blocks in use.
 */
class LittleFsV1ModelTest {
    private static final int BS = 512;
    private static final int COUNT = 256;
    private static final String[] DIRS = {"", "/alpha", "/beta", "/alpha/gamma"};

    private final TreeMap<String, byte[]> files = new TreeMap<>();
    private final TreeSet<String> dirs = new TreeSet<>();
    private Random rnd;
    private RamDisk disk;
    private LittleFsV1 fs;
    /** The most continuation blocks seen at once: proof that directories really grew across pairs. */
    private int maxContinued;

    private static LittleFsFilesystem.Options options() {
        return LittleFsFilesystem.Options.defaults();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    @Timeout(60)
    void randomOperationsMatchTheModel(long seed) throws Exception {
        rnd = new Random(seed);
        disk = new RamDisk(BS, COUNT, (byte) 0xFF);
        LittleFsV1.mkfs(disk, options());
        fs = new LittleFsV1(disk, options());
        for (int step = 0; step < 400; step++) {
            String what;
            try {
                what = step(step);
            } catch (StorageException e) {
                throw new AssertionError("seed " + seed + " step " + step + " free " + fs.statvfs("/").bfree()
                        + " files " + files.size(), e);
            }
            countContinued();
            if (step % 25 == 24) {
                fs.umount();
                fs = new LittleFsV1(disk, options());
                compare("seed " + seed + " step " + step + " after " + what);
            }
        }
        fs = new LittleFsV1(disk, options());
        compare("seed " + seed + " at the end");
        assertTrue(maxContinued > 0, "no directory ever needed a second metadata pair");
    }

    private String pick(List<String> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    private String liveDir() {
        List<String> live = new ArrayList<>();
        for (String d : DIRS) {
            if (d.isEmpty() || dirs.contains(d)) {
                live.add(d);
            }
        }
        return pick(live);
    }

    private String newFileName() {
        // long names: about ten entries per 512-byte metadata block, so directories chain
        return (rnd.nextBoolean() ? "" : liveDir()) + "/file-with-a-longer-name-" + rnd.nextInt(40);
    }

    private byte[] randomBytes(int max) {
        byte[] b = new byte[rnd.nextInt(max + 1)];
        rnd.nextBytes(b);
        return b;
    }

    private String step(int step) throws Exception {
        List<String> existing = new ArrayList<>(files.keySet());
        switch (rnd.nextInt(12)) {
            case 0, 1, 2 -> {
                String p = newFileName();
                byte[] data = randomBytes(rnd.nextBoolean() ? 100 : 1800);
                write(p, "w", data);
                files.put(p, data);
                return "write " + p;
            }
            case 3 -> {
                if (existing.isEmpty()) {
                    return "nothing";
                }
                String p = pick(existing);
                byte[] more = randomBytes(700);
                write(p, "a", more);
                files.put(p, concat(files.get(p), more));
                return "append " + p;
            }
            case 4 -> {
                if (existing.isEmpty()) {
                    return "nothing";
                }
                String p = pick(existing);
                byte[] old = files.get(p);
                int at = rnd.nextInt(old.length + 20);
                byte[] data = randomBytes(300);
                FileHandle f = fs.open(p, OpenMode.parse("r+b"));
                f.seek(at, FileHandle.SEEK_SET);
                f.write(data, 0, data.length);
                f.close();
                byte[] now = Arrays.copyOf(old, Math.max(old.length, at + data.length));
                System.arraycopy(data, 0, now, at, data.length);
                files.put(p, now);
                return "overwrite " + p + " at " + at;
            }
            case 5 -> {
                String d = pick(Arrays.asList(DIRS).subList(1, DIRS.length));
                String parent = d.substring(0, d.lastIndexOf('/'));
                int errno = dirs.contains(d) ? Errno.EEXIST : !parent.isEmpty() && !dirs.contains(parent)
                        ? Errno.ENOENT : 0;
                expect(errno, () -> fs.mkdir(d));
                if (errno == 0) {
                    dirs.add(d);
                }
                return "mkdir " + d;
            }
            case 6 -> {
                if (existing.isEmpty()) {
                    return "nothing";
                }
                String p = pick(existing);
                fs.remove(p);
                files.remove(p);
                expect(Errno.ENOENT, () -> fs.stat(p));
                return "remove " + p;
            }
            case 7 -> {
                if (dirs.isEmpty()) {
                    return "nothing";
                }
                String d = pick(new ArrayList<>(dirs));
                boolean empty = files.keySet().stream().noneMatch(f -> f.startsWith(d + "/"))
                        && dirs.stream().noneMatch(x -> x.startsWith(d + "/"));
                expect(empty ? 0 : Errno.ENOTEMPTY, () -> fs.rmdir(d));
                if (empty) {
                    dirs.remove(d);
                }
                return "rmdir " + d;
            }
            case 8, 9 -> {
                if (existing.isEmpty()) {
                    return "nothing";
                }
                String from = pick(existing);
                String to = newFileName();
                if (dirs.contains(to.substring(0, Math.max(0, to.lastIndexOf('/')))) || to.lastIndexOf('/') == 0) {
                    fs.rename(from, to);
                    byte[] data = files.remove(from);
                    files.put(to, data);
                    return "rename " + from + " -> " + to;
                }
                return "nothing";
            }
            case 10 -> {
                if (existing.isEmpty()) {
                    return "nothing";
                }
                String p = pick(existing);
                expect(Errno.EEXIST, () -> fs.open(p, OpenMode.parse("x")));
                if (!dirs.isEmpty()) {
                    String d = pick(new ArrayList<>(dirs));
                    expect(Errno.EISDIR, () -> fs.rename(p, d));
                    expect(Errno.EISDIR, () -> fs.open(d, OpenMode.parse("r")));
                }
                expect(Errno.ENOTDIR, () -> fs.stat(p + "/below"));
                byte[] data = files.get(p);
                if (data.length > 0) {
                    int at = rnd.nextInt(data.length);
                    FileHandle f = fs.open(p, OpenMode.READ);
                    f.seek(at, FileHandle.SEEK_SET);
                    byte[] got = new byte[Math.min(50, data.length - at)];
                    assertEquals(got.length, f.read(got, 0, got.length));
                    assertArrayEquals(Arrays.copyOfRange(data, at, at + got.length), got, p + " at " + at);
                    assertEquals(at + got.length, f.tell());
                    f.close();
                }
                return "checks on " + p;
            }
            default -> {
                checkStatvfs("step " + step);
                return "statvfs";
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void write(String path, String mode, byte[] data) throws StorageException {
        FileHandle f = fs.open(path, OpenMode.parse(mode));
        int at = 0;
        while (at < data.length) {
            int n = Math.min(data.length - at, 1 + rnd.nextInt(600));
            f.write(data, at, n);
            at += n;
        }
        f.close();
    }

    private static void expect(int errno, LittleFsFilesystemTest.ThrowingRunnable r) throws Exception {
        if (errno == 0) {
            r.run();
        } else {
            assertEquals(errno, LittleFsFilesystemTest.errno(r));
        }
    }

    /** statvfs's used count is the traversal; on a consistent volume no block appears twice in it. */
    private void checkStatvfs(String where) throws Exception {
        Set<Integer> seen = new HashSet<>();
        fs.volume().reader.traverse(b -> {
            if (!seen.add(b)) {
                fail(where + ": block " + b + " is used twice");
            }
        });
        assertEquals(COUNT - seen.size(), fs.statvfs("/").bfree(), where);
    }

    private void compare(String where) throws Exception {
        TreeMap<String, byte[]> seenFiles = new TreeMap<>();
        TreeSet<String> seenDirs = new TreeSet<>();
        walk(fs, "", seenFiles, seenDirs);
        assertEquals(dirs, seenDirs, where);
        assertEquals(files.keySet(), seenFiles.keySet(), where);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            assertArrayEquals(e.getValue(), seenFiles.get(e.getKey()), where + ": " + e.getKey());
            assertEquals(e.getValue().length, fs.stat(e.getKey()).size());
            assertEquals(0, fs.stat(e.getKey()).mtime());
        }
        checkStatvfs(where);
    }

    private void countContinued() throws StorageException {
        int[] continued = {0};
        fs.volume().reader.walkThread(d -> {
            if (d.continued()) {
                continued[0]++;
            }
            return false;
        });
        maxContinued = Math.max(maxContinued, continued[0]);
    }

    static void walk(Filesystem fs, String dir, Map<String, byte[]> files, Set<String> dirs) throws Exception {
        for (DirEntry e : fs.ilistdir(dir.isEmpty() ? "/" : dir)) {
            String p = dir + "/" + e.name();
            if (e.isDir()) {
                dirs.add(p);
                walk(fs, p, files, dirs);
            } else {
                byte[] content = LittleFsFilesystemTest.read(fs, p);
                assertEquals(e.size(), content.length, "listed size of " + p);
                files.put(p, content);
            }
        }
    }
}

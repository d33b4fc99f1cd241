package org.mpyjvm.runtime.fat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * Random operation sequences against an in-memory model of files and directories, including the errno VfsFat
 * raises for each misuse. After every sequence the tree read back here, by fsck.fat and by mtools equals the model.
 */
class FatModelTest {
    private static final List<String> NAMES =
            List.of("a", "B.TXT", "Long File Name.dat", "x y", "Mixed.Case");

    sealed interface Op permits Write, Mkdir, Rmdir, Remove, Rename {
    }

    record Write(String path, int size, int seed, boolean append) implements Op {
    }

    record Mkdir(String path) implements Op {
    }

    record Rmdir(String path) implements Op {
    }

    record Remove(String path) implements Op {
    }

    record Rename(String from, String to) implements Op {
    }

    /** The expected state: files with contents, and directories (root excluded). */
    static final class Model {
        final Map<String, byte[]> files = new TreeMap<>();
        final TreeSet<String> dirs = new TreeSet<>();

        boolean isDir(String p) {
            return p.equals("") || dirs.contains(p);
        }

        boolean exists(String p) {
            return isDir(p) || files.containsKey(p);
        }

        static String parent(String p) {
            return p.substring(0, p.lastIndexOf('/'));
        }

        boolean hasChildren(String dir) {
            return files.keySet().stream().anyMatch(f -> parent(f).equals(dir))
                    || dirs.stream().anyMatch(d -> parent(d).equals(dir));
        }

        /** Applies an operation; returns the errno VfsFat must raise, or 0. */
        int apply(Op op) {
            if (op instanceof Write w) {
                if (!isDir(parent(w.path()))) {
                    return Errno.ENOENT;
                }
                if (isDir(w.path())) {
                    return Errno.EACCES;
                }
                byte[] data = data(w);
                byte[] old = w.append() ? files.getOrDefault(w.path(), new byte[0]) : new byte[0];
                files.put(w.path(), FatInteropTest.concat(old, data));
                return 0;
            }
            if (op instanceof Mkdir m) {
                if (!isDir(parent(m.path()))) {
                    return Errno.ENOENT;
                }
                if (exists(m.path())) {
                    return Errno.EEXIST;
                }
                dirs.add(m.path());
                return 0;
            }
            if (op instanceof Rmdir r) {
                if (!exists(r.path())) {
                    return Errno.ENOENT;
                }
                if (!isDir(r.path())) {
                    return Errno.ENOTDIR;
                }
                if (hasChildren(r.path())) {
                    return Errno.EACCES;
                }
                dirs.remove(r.path());
                return 0;
            }
            if (op instanceof Remove r) {
                if (!exists(r.path())) {
                    return Errno.ENOENT;
                }
                if (isDir(r.path())) {
                    return Errno.EISDIR;
                }
                files.remove(r.path());
                return 0;
            }
            Rename r = (Rename) op;
            if (!exists(r.from()) || !isDir(parent(r.to()))) {
                return Errno.ENOENT;
            }
            if (r.from().equals(r.to())) {
                return 0;
            }
            if (isDir(r.to())) {
                return Errno.EISDIR;
            }
            files.remove(r.to());
            if (isDir(r.from())) {
                if (r.to().startsWith(r.from() + "/")) {
                    return Errno.EINVAL;
                }
                String from = r.from();
                TreeSet<String> moved = new TreeSet<>();
                for (String d : dirs) {
                    if (d.equals(from) || d.startsWith(from + "/")) {
                        moved.add(d);
                    }
                }
                dirs.removeAll(moved);
                for (String d : moved) {
                    dirs.add(r.to() + d.substring(from.length()));
                }
                Map<String, byte[]> movedFiles = new TreeMap<>();
                files.entrySet().removeIf(e -> {
                    if (e.getKey().startsWith(from + "/")) {
                        movedFiles.put(r.to() + e.getKey().substring(from.length()), e.getValue());
                        return true;
                    }
                    return false;
                });
                files.putAll(movedFiles);
            } else {
                files.put(r.to(), files.remove(r.from()));
            }
            return 0;
        }
    }

    static byte[] data(Write w) {
        byte[] d = new byte[w.size()];
        new java.util.Random(w.seed()).nextBytes(d);
        return d;
    }

    static int run(FatFilesystem fs, Op op) throws StorageException {
        try {
            if (op instanceof Write w) {
                FileHandle f = fs.open(w.path(), OpenMode.parse(w.append() ? "a" : "w"));
                byte[] d = data(w);
                f.write(d, 0, d.length);
                f.close();
            } else if (op instanceof Mkdir m) {
                fs.mkdir(m.path());
            } else if (op instanceof Rmdir r) {
                fs.rmdir(r.path());
            } else if (op instanceof Remove r) {
                fs.remove(r.path());
            } else if (op instanceof Rename r) {
                fs.rename(r.from(), r.to());
            }
            return 0;
        } catch (StorageException e) {
            return e.errno();
        }
    }

    /** A seeded random operation sequence: paths 1 to 3 deep over a few names, 5 to 40 operations. */
    static List<Op> sequence(long seed) {
        Random rnd = new Random(seed);
        int count = 5 + rnd.nextInt(36);
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = rnd.nextInt(15);
            String path = randomPath(rnd);
            if (kind < 4) {
                ops.add(new Write(path, rnd.nextInt(3001), rnd.nextInt(), rnd.nextBoolean()));
            } else if (kind < 8) {
                ops.add(new Mkdir(path));
            } else if (kind < 10) {
                ops.add(new Rmdir(path));
            } else if (kind < 12) {
                ops.add(new Remove(path));
            } else {
                ops.add(new Rename(path, randomPath(rnd)));
            }
        }
        return ops;
    }

    private static String randomPath(Random rnd) {
        int roll = rnd.nextInt(10);
        int depth = roll < 5 ? 1 : roll < 9 ? 2 : 3;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            path.append('/').append(NAMES.get(rnd.nextInt(NAMES.size())));
        }
        return path.toString();
    }

    static LongStream seeds() {
        return LongStream.range(20261122L, 20261122L + 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomOperationsMatchTheModel(long seed) throws Exception {
        List<Op> ops = sequence(seed);
        RamDisk disk = new RamDisk(512, 2048);
        FatFilesystem.mkfs(disk, FatClock.noRtc());
        FatFilesystem fs = new FatFilesystem(disk, FatClock.noRtc());
        Model model = new Model();
        for (Op op : ops) {
            int expected = model.apply(op);
            assertEquals(expected, run(fs, op), op.toString());
        }
        assertTreeEquals(fs, model, "");
        Path img = Files.createTempFile("fat-model", ".img");
        try {
            Files.write(img, disk.bytes());
            FatInteropTest.checkWithTools(img, model.files, model.dirs);
        } finally {
            Files.delete(img);
        }
    }

    private static void assertTreeEquals(FatFilesystem fs, Model model, String dir) throws StorageException {
        TreeSet<String> seen = new TreeSet<>();
        for (DirEntry e : fs.ilistdir(dir.isEmpty() ? "/" : dir)) {
            String p = dir + "/" + e.name();
            seen.add(p);
            if (e.isDir()) {
                assertEquals(true, model.dirs.contains(p), "unexpected dir " + p);
                assertTreeEquals(fs, model, p);
            } else {
                byte[] want = model.files.get(p);
                assertArrayEquals(want, FatImages.readAll(fs, p), p);
            }
        }
        TreeSet<String> expected = new TreeSet<>();
        for (String f : model.files.keySet()) {
            if (Model.parent(f).equals(dir)) {
                expected.add(f);
            }
        }
        for (String d : model.dirs) {
            if (Model.parent(d).equals(dir)) {
                expected.add(d);
            }
        }
        assertEquals(expected, seen, "listing of " + dir);
        assertEquals(Arrays.asList(seen.toArray()), Arrays.asList(expected.toArray()));
    }
}

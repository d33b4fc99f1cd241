package org.mpyjvm.runtime.fat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
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

    @Provide
    Arbitrary<List<Op>> sequences() {
        Arbitrary<String> name = Arbitraries.of(NAMES);
        Arbitrary<Integer> depths = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(5, 1), net.jqwik.api.Tuple.of(4, 2), net.jqwik.api.Tuple.of(1, 3));
        Arbitrary<String> path = depths.flatMap(depth ->
                name.list().ofSize(depth).map(parts -> "/" + String.join("/", parts)));
        Arbitrary<Op> write = Combinators.combine(path, Arbitraries.integers().between(0, 3000),
                Arbitraries.integers(), Arbitraries.of(true, false)).as(Write::new);
        Arbitrary<Op> mkdir = path.map(Mkdir::new);
        Arbitrary<Op> rmdir = path.map(Rmdir::new);
        Arbitrary<Op> remove = path.map(Remove::new);
        Arbitrary<Op> rename = Combinators.combine(path, path).as(Rename::new);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, write), net.jqwik.api.Tuple.of(4, mkdir), net.jqwik.api.Tuple.of(2, rmdir),
                net.jqwik.api.Tuple.of(2, remove), net.jqwik.api.Tuple.of(3, rename));
        return op.list().ofMinSize(5).ofMaxSize(40);
    }

    @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED, seed = "20261122")
    void randomOperationsMatchTheModel(@ForAll("sequences") List<Op> ops) throws Exception {
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

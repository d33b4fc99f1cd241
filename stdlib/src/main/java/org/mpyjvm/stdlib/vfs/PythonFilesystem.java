package org.mpyjvm.stdlib.vfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;
import org.mpyjvm.runtime.vfs.Vfs;

/**
 * A Python object used as a filesystem (vfs.md 4: any object with {@code mount}, {@code open}, {@code ilistdir},
 * {@code stat} ... can be mounted). The VFS calls its methods by name; a missing method is the AttributeError
 * upstream raises, and exceptions from the methods propagate unchanged. {@code open}, {@code ilistdir},
 * {@code stat} and {@code statvfs} results are handed to the script as the object returned them (the {@code os}
 * module calls {@link #call}); the typed forms here serve the VFS itself and imports.
 */
public final class PythonFilesystem implements Filesystem {
    private final Object fs;
    private Object readonlyArgument;
    private Object mkfsArgument;

    public PythonFilesystem(Object fs) {
        this.fs = fs;
    }

    /** The {@code readonly}/{@code mkfs} objects the script passed to {@code vfs.mount}, for {@link #mount}. */
    void mountArguments(Object readonly, Object mkfs) {
        this.readonlyArgument = readonly;
        this.mkfsArgument = mkfs;
    }

    public Object pythonObject() {
        return fs;
    }

    /** {@code fs.name(*args)} as Python sees it. */
    public Object call(String name, Object... args) {
        return PyOps.invoke(fs, name, args);
    }

    @Override
    public void mount(boolean readonly, boolean mkfs) {
        call("mount", readonlyArgument != null ? readonlyArgument : readonly, mkfsArgument != null ? mkfsArgument : mkfs);
        readonlyArgument = null;
        mkfsArgument = null;
    }

    @Override
    public void umount() {
        call("umount");
    }

    /** Files of a Python filesystem are Python objects: {@link #call}{@code ("open", ...)} is the way to them. */
    @Override
    public FileHandle open(String path, OpenMode mode) throws StorageException {
        throw new StorageException(Errno.EOPNOTSUPP, "a Python filesystem's files are Python objects");
    }

    @Override
    public List<DirEntry> ilistdir(String path) {
        List<DirEntry> out = new ArrayList<>();
        for (Object item : PyOps.toList(call("ilistdir", path))) {
            List<Object> t = PyOps.toList(item);
            if (t.size() < 3) {
                throw Errors.valueError("ilistdir tuple too short");
            }
            Object n = t.get(0);
            String name = n instanceof PyBytes b ? new String(b.bytes(), StandardCharsets.UTF_8) : PyOps.str(n);
            out.add(new DirEntry(name, (int) PyOps.asLong(t.get(1)), PyOps.asLong(t.get(2)),
                    t.size() > 3 ? PyOps.asLong(t.get(3)) : Vfs.NO_SIZE));
        }
        return out;
    }

    @Override
    public Stat stat(String path) {
        List<Object> t = PyOps.toList(call("stat", path));
        return new Stat((int) PyOps.asLong(t.get(0)), t.size() > 6 ? PyOps.asLong(t.get(6)) : 0,
                t.size() > 8 ? PyOps.asLong(t.get(8)) : 0);
    }

    @Override
    public StatVfs statvfs(String path) {
        Object r = call("statvfs", path);
        List<Object> t = PyOps.toList(r);
        long[] v = new long[10];
        for (int i = 0; i < v.length && i < t.size(); i++) {
            v[i] = PyOps.asLong(t.get(i));
        }
        return new StatVfs(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
    }

    @Override
    public void mkdir(String path) {
        call("mkdir", path);
    }

    @Override
    public void rmdir(String path) {
        call("rmdir", path);
    }

    @Override
    public void remove(String path) {
        call("remove", path);
    }

    @Override
    public void rename(String oldPath, String newPath) {
        call("rename", oldPath, newPath);
    }

    @Override
    public void chdir(String path) {
        call("chdir", path);
    }

    @Override
    public String getcwd() {
        return PyOps.str(call("getcwd"));
    }

    /** {@code os.sync()} only syncs VfsFat mounts (os.md 1). */
    @Override
    public void sync() {
    }

    @Override
    public String typeName() {
        return PyOps.typeName(fs);
    }

    /** A stat result's mode, for imports. */
    static int modeOf(Object statResult) {
        return (int) PyOps.asLong(statResult instanceof PyTuple t ? t.get(0) : PyOps.toList(statResult).get(0));
    }
}

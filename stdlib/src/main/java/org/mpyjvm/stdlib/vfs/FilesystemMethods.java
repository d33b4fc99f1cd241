package org.mpyjvm.stdlib.vfs;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyIterator;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.OsErrors;
import org.mpyjvm.stdlib.io.OpenFunction;
import org.mpyjvm.stdlib.session.Session;

/**
 * The methods a filesystem object offers to Python (vfs.md 4, 5): what {@code vfs}/{@code os} call, also callable
 * directly ({@code fs.stat('/x')}). Each only converts arguments and results; the work is the runtime's.
 */
public final class FilesystemMethods {
    private final Session session;

    public FilesystemMethods(Session session) {
        this.session = session;
    }

    private static Filesystem fs(Object self) {
        return ((FilesystemObject) self).fs();
    }

    @Builtin(name = "mount", minArgs = 3)
    public Object mount(Object[] a) {
        OsErrors.run(() -> fs(a[0]).mount(Args.truth(a[1]), Args.truth(a[2])));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "umount", minArgs = 1)
    public Object umount(Object[] a) {
        OsErrors.run(() -> fs(a[0]).umount());
        return PyNone.INSTANCE;
    }

    @Builtin(name = "open", minArgs = 3)
    public Object open(Object[] a) {
        return OpenFunction.openOn(session, fs(a[0]), Args.path(a[1]), Args.str(a[2]));
    }

    @Builtin(name = "ilistdir", minArgs = 1, maxArgs = 2)
    public Object ilistdir(Object[] a) {
        Object path = a.length > 1 ? a[1] : "";
        List<DirEntry> entries = OsErrors.call(() -> fs(a[0]).ilistdir(Args.path(path)));
        List<Object> tuples = new ArrayList<>();
        for (DirEntry e : entries) {
            tuples.add(StatTuples.dirEntry(e, path instanceof PyBytes));
        }
        return PyIterator.of(tuples.iterator());
    }

    @Builtin(name = "stat", minArgs = 2)
    public Object stat(Object[] a) {
        Filesystem fs = fs(a[0]);
        return StatTuples.stat(OsErrors.call(() -> fs.stat(Args.path(a[1]))), fs, session);
    }

    @Builtin(name = "statvfs", minArgs = 2)
    public Object statvfs(Object[] a) {
        return StatTuples.statvfs(OsErrors.call(() -> fs(a[0]).statvfs(Args.path(a[1]))));
    }

    @Builtin(name = "mkdir", minArgs = 2)
    public Object mkdir(Object[] a) {
        OsErrors.run(() -> fs(a[0]).mkdir(Args.path(a[1])));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "rmdir", minArgs = 2)
    public Object rmdir(Object[] a) {
        OsErrors.run(() -> fs(a[0]).rmdir(Args.path(a[1])));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "remove", minArgs = 2)
    public Object remove(Object[] a) {
        OsErrors.run(() -> fs(a[0]).remove(Args.path(a[1])));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "rename", minArgs = 3)
    public Object rename(Object[] a) {
        OsErrors.run(() -> fs(a[0]).rename(Args.path(a[1]), Args.path(a[2])));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "chdir", minArgs = 2)
    public Object chdir(Object[] a) {
        OsErrors.run(() -> fs(a[0]).chdir(Args.path(a[1])));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "getcwd", minArgs = 1)
    public Object getcwd(Object[] a) {
        return OsErrors.call(() -> fs(a[0]).getcwd());
    }

    @Builtin(name = "__repr__", minArgs = 1)
    public Object repr(Object[] a) {
        return "<" + fs(a[0]).typeName() + ">";
    }
}

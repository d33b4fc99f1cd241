package org.mpyjvm.stdlib.os;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyIterator;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.vfs.PathResolution;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.OsErrors;
import org.mpyjvm.stdlib.ports.BoardModules;
import org.mpyjvm.stdlib.session.Session;
import org.mpyjvm.stdlib.vfs.FilesystemTypes;
import org.mpyjvm.stdlib.vfs.PythonFilesystem;
import org.mpyjvm.stdlib.vfs.StatTuples;
import org.mpyjvm.stdlib.vfs.VfsModule;

/**
 * The {@code os} module (os.md): path functions through the VFS, {@code uname} per board, {@code urandom}, and
 * the deprecated {@code mount}/{@code umount}/{@code VfsFat}/{@code VfsLfs2}/{@code VfsPosix} aliases. A mounted
 * Python filesystem answers {@code ilistdir}, {@code stat} and {@code statvfs} with its own objects.
 */
@BuiltinModule("os")
public final class OsModule implements ModuleDefinition {
    private static final SecureRandom RANDOM = new SecureRandom();
    private Session session;

    @Override
    public void initialize(ModuleSetup setup) {
        session = Session.current();
        setup.setAttribute("sep", "/");
        FilesystemTypes types = session.fsTypes();
        setup.setAttribute("VfsFat", types.vfsFat());
        setup.setAttribute("VfsLfs1", types.vfsLfs1());
        setup.setAttribute("VfsLfs2", types.vfsLfs2());
        if (BoardModules.hasPosix(session)) {
            setup.setAttribute("VfsPosix", types.vfsPosix());
        }
    }

    private Filesystem pythonFsAt(PathResolution r) {
        return r.kind() == PathResolution.Kind.MOUNT && r.mount().fs() instanceof PythonFilesystem p ? p : null;
    }

    private static Object name(String n, boolean bytes) {
        return bytes ? new PyBytes(n.getBytes(StandardCharsets.UTF_8)) : n;
    }

    @Builtin(name = "listdir", minArgs = 0, maxArgs = 1)
    public Object listdir(Object[] a) {
        List<Object> names = new ArrayList<>();
        Object it = ilistdir(a);
        for (Object t = PyOps.next(it); t != null; t = PyOps.next(it)) {
            names.add(PyOps.getItem(t, 0L));
        }
        return new PyList(names);
    }

    @Builtin(name = "ilistdir", minArgs = 0, maxArgs = 1)
    public Object ilistdir(Object[] a) {
        Object pathArg = a.length > 0 ? a[0] : "";
        String path = Args.path(pathArg);
        boolean bytes = pathArg instanceof PyBytes;
        PathResolution r = session.vfs().resolve(path);
        if (pythonFsAt(r) instanceof PythonFilesystem p) {
            // the mount-relative path keeps the caller's type (vfs.md 3): b'/u' reaches the fs as b'/'
            return PyOps.iter(p.call("ilistdir", name(r.path(), bytes)));
        }
        List<Object> tuples = new ArrayList<>();
        for (DirEntry e : OsErrors.call(() -> session.vfs().ilistdir(path))) {
            tuples.add(StatTuples.dirEntry(e, bytes));
        }
        return PyIterator.of(tuples.iterator());
    }

    @Builtin(name = "stat", minArgs = 1)
    public Object stat(Object[] a) {
        String path = Args.path(a[0]);
        PathResolution r = session.vfs().resolve(path);
        if (pythonFsAt(r) instanceof PythonFilesystem p) {
            return p.call("stat", r.path());
        }
        Filesystem fs = r.kind() == PathResolution.Kind.MOUNT ? r.mount().fs() : null;
        return StatTuples.stat(OsErrors.call(() -> session.vfs().stat(path)), fs, session);
    }

    @Builtin(name = "statvfs", minArgs = 1)
    public Object statvfs(Object[] a) {
        String path = Args.path(a[0]);
        PathResolution r = session.vfs().resolve(path);
        if (pythonFsAt(r) instanceof PythonFilesystem p) {
            return p.call("statvfs", r.path());
        }
        return StatTuples.statvfs(OsErrors.call(() -> session.vfs().statvfs(path)));
    }

    /** VfsRom has no mkdir/remove/rename/rmdir: calling one is an AttributeError on the filesystem object. */
    private void requireMethod(String path, String method) {
        PathResolution r = session.vfs().resolve(path);
        if (r.kind() == PathResolution.Kind.MOUNT && !r.path().equals("/")
                && !FilesystemTypes.hasMethod(r.mount().fs(), method)) {
            throw Errors.noAttribute(session.fsTypes().face(r.mount().fs()), method);
        }
    }

    @Builtin(name = "mkdir", minArgs = 1)
    public Object mkdir(Object[] a) {
        String path = Args.path(a[0]);
        requireMethod(path, "mkdir");
        OsErrors.run(() -> session.vfs().mkdir(path));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "rmdir", minArgs = 1)
    public Object rmdir(Object[] a) {
        String path = Args.path(a[0]);
        requireMethod(path, "rmdir");
        OsErrors.run(() -> session.vfs().rmdir(path));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "remove", minArgs = 1)
    public Object remove(Object[] a) {
        String path = Args.path(a[0]);
        requireMethod(path, "remove");
        OsErrors.run(() -> session.vfs().remove(path));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "unlink", minArgs = 1)
    public Object unlink(Object[] a) {
        return remove(a);
    }

    @Builtin(name = "rename", minArgs = 2)
    public Object rename(Object[] a) {
        String from = Args.path(a[0]);
        String to = Args.path(a[1]);
        requireMethod(from, "rename");
        OsErrors.run(() -> session.vfs().rename(from, to));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "chdir", minArgs = 1)
    public Object chdir(Object[] a) {
        String path = Args.path(a[0]);
        OsErrors.run(() -> session.vfs().chdir(path));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "getcwd", minArgs = 0)
    public Object getcwd(Object[] a) {
        return OsErrors.call(() -> session.vfs().getcwd());
    }

    @Builtin(name = "sync", minArgs = 0)
    public Object sync(Object[] a) {
        OsErrors.run(() -> session.vfs().sync());
        return PyNone.INSTANCE;
    }

    @Builtin(name = "urandom", minArgs = 1)
    public Object urandom(Object[] a) {
        long n = Args.toLong(a[0]);
        if (n < 0) {
            throw Errors.create(BuiltinTypes.VALUE_ERROR, null);
        }
        byte[] b = new byte[Math.toIntExact(n)];
        RANDOM.nextBytes(b);
        return new PyBytes(b);
    }

    /** os.md 4: sysname = nodename = sys.platform, release without the v, machine = board with MCU. */
    @Builtin(name = "uname", minArgs = 0)
    public Object uname(Object[] a) {
        Board b = session.board();
        String release = b.version();
        return new UnameResult(b.platform(), b.platform(), release, "v" + release + " on " + BuildInfo.date(),
                b.machine());
    }

    @Builtin(name = "mount", minArgs = 0, maxArgs = 2, keywords = true)
    public Object mount(Object[] a, PyKeywords kw) {
        if (a.length < 2) {
            if (a.length == 0) {
                return VfsModule.mountList(session);
            }
            throw Errors.typeError("function missing 1 required positional arguments");
        }
        Args.onlyKeywords(kw, "readonly", "mkfs");
        return VfsModule.mount(session, a[0], a[1], Args.keyword(kw, "readonly", false), Args.keyword(kw, "mkfs", false));
    }

    @Builtin(name = "umount", minArgs = 1)
    public Object umount(Object[] a) {
        VfsModule.umount(session, a[0]);
        return PyNone.INSTANCE;
    }
}

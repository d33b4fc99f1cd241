package org.mpyjvm.stdlib.vfs;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.detect.DetectedFilesystem;
import org.mpyjvm.runtime.detect.FilesystemDetector;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.littlefs.LittleFsFilesystem;
import org.mpyjvm.runtime.littlefs.LittleFsV1;
import org.mpyjvm.runtime.vfs.MountEntry;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.OsErrors;
import org.mpyjvm.stdlib.ports.BoardModules;
import org.mpyjvm.stdlib.session.Session;

/**
 * The {@code vfs} module (vfs.md): {@code mount}, {@code umount}, {@code rom_ioctl} and the filesystem classes.
 * CircuitPython boards have none (ImportError).
 */
@BuiltinModule("vfs")
public final class VfsModule implements ModuleDefinition {
    private Session session;

    @Override
    public void initialize(ModuleSetup setup) {
        session = Session.current();
        if (session.port() != null && !session.port().hasVfs()) {
            throw BoardModules.absent(setup.moduleName());
        }
        FilesystemTypes types = session.fsTypes();
        setup.setAttribute("VfsFat", types.vfsFat());
        setup.setAttribute("VfsLfs1", types.vfsLfs1());
        setup.setAttribute("VfsLfs2", types.vfsLfs2());
        setup.setAttribute("VfsRom", types.vfsRom());
        if (BoardModules.hasPosix(session)) {
            setup.setAttribute("VfsPosix", types.vfsPosix());
        }
    }

    @Builtin(name = "mount", minArgs = 0, maxArgs = 2, keywords = true)
    public Object mount(Object[] a, PyKeywords kw) {
        if (a.length == 0) {
            return mountList(session);
        }
        if (a.length == 1) {
            throw Errors.typeError("function missing 1 required positional arguments");
        }
        Args.onlyKeywords(kw, "readonly", "mkfs");
        return mount(session, a[0], a[1], Args.keyword(kw, "readonly", false), Args.keyword(kw, "mkfs", false));
    }

    /** {@code vfs.mount()} with no arguments: a new list of {@code (fsobj, mount_point)} in table order. */
    public static Object mountList(Session session) {
        List<Object> out = new ArrayList<>();
        for (MountEntry e : session.vfs().mounts()) {
            out.add(PyTuple.of(session.fsTypes().face(e.fs()), e.mountPoint()));
        }
        return new PyList(out);
    }

    /** vfs.md 2.2: a block device (no {@code mount} attribute) is auto-detected first, then mounted. */
    public static Object mount(Session session, Object fsObject, Object mountPoint, Object readonly, Object mkfs) {
        String point = Args.str(mountPoint);
        Filesystem fs = asFilesystem(session, fsObject);
        if (fs instanceof PythonFilesystem p) {
            // upstream hands the keyword values to a Python filesystem's mount() as given (readonly=1 stays 1)
            p.mountArguments(readonly, mkfs);
        }
        OsErrors.run(() -> session.vfs().mount(fs, point, Args.truth(readonly), Args.truth(mkfs)));
        return PyNone.INSTANCE;
    }

    static Filesystem asFilesystem(Session session, Object o) {
        if (o instanceof FilesystemObject f) {
            return f.fs();
        }
        if (PyOps.getAttributeOrNull(o, "mount") != null) {
            return new PythonFilesystem(o);
        }
        BlockDevice dev = session.fsTypes().blockDevice(o);
        DetectedFilesystem kind = FilesystemDetector.detect(dev);
        Filesystem fs = OsErrors.call(() -> switch (kind) {
            case LFS1 -> new LittleFsV1(dev, session.lfsOptions(32, 32, 32, true));
            case LFS2 -> new LittleFsFilesystem(dev, session.lfsOptions(32, 32, 32, true));
            default -> new FatFilesystem(dev, session.fatClock());
        });
        session.fsTypes().face(fs);
        return fs;
    }

    @Builtin(name = "umount", minArgs = 1)
    public Object umount(Object[] a) {
        umount(session, a[0]);
        return PyNone.INSTANCE;
    }

    /** By mount-point string (exact) or by the mounted object (identity); EINVAL when nothing matches. */
    public static void umount(Session session, Object target) {
        if (target instanceof String point) {
            OsErrors.run(() -> session.vfs().umount(point));
            return;
        }
        for (MountEntry e : session.vfs().mounts()) {
            Filesystem fs = e.fs();
            boolean same = target instanceof FilesystemObject f ? f.fs() == fs
                    : fs instanceof PythonFilesystem p && p.pythonObject() == target;
            if (same) {
                OsErrors.run(() -> session.vfs().umount(fs));
                return;
            }
        }
        throw OsErrors.oserror(Errno.EINVAL);
    }

    @Builtin(name = "rom_ioctl", minArgs = 1, maxArgs = 4)
    public Object romIoctl(Object[] a) {
        return session.romIoctl().map(r -> RomIoctlFunction.call(session, r, a))
                .orElse((Object) (long) -Errno.EINVAL);
    }
}

package org.mpyjvm.stdlib.circuitpython;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyBuiltinFunction;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDescriptors;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.vfs.MountEntry;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.OsErrors;
import org.mpyjvm.stdlib.ports.BoardModules;
import org.mpyjvm.stdlib.session.Session;
import org.mpyjvm.stdlib.vfs.FilesystemObject;

/**
 * CircuitPython's {@code storage} (circuitpython.md 2): {@code remount} flips who may write a mount (refused with
 * {@code RuntimeError} while the USB host holds CIRCUITPY), {@code mount}/{@code umount}/{@code getmount} on
 * {@code VfsFat} objects, {@code erase_filesystem}, and hiding or showing the drive to the host in boot.py. Every
 * mount carries its own {@link DrivePermissions}; only CIRCUITPY is ever visible to the host.
 */
@BuiltinModule("storage")
public final class StorageModule implements ModuleDefinition {
    private Session session;
    private CircuitPythonBoard board;

    @Override
    public void initialize(ModuleSetup setup) {
        session = BoardModules.require(setup.moduleName());
        board = CircuitPythonBoard.of(session);
        PyClass vfsFat = session.fsTypes().vfsFat();
        vfsFat.setAttribute("label", new PyDescriptors.Property(
                new PyBuiltinFunction("label", 1, 1, false, (a, kw) -> label(a[0])),
                new PyBuiltinFunction("label", 2, 2, false, (a, kw) -> setLabel(a[0], a[1])), PyNone.INSTANCE));
        vfsFat.setAttribute("readonly", new PyDescriptors.Property(
                new PyBuiltinFunction("readonly", 1, 1, false, (a, kw) -> !writable(fsOf(a[0]))),
                PyNone.INSTANCE, PyNone.INSTANCE));
        setup.setAttribute("VfsFat", vfsFat);
    }

    /** {@code mount_path} made absolute against the current directory, as {@code storage} does. */
    private String absolute(Object path) {
        String p = Args.str(path);
        if (p.startsWith("/")) {
            return p;
        }
        String cwd = OsErrors.call(() -> session.vfs().getcwd());
        return cwd.endsWith("/") ? cwd + p : cwd + "/" + p;
    }

    private MountEntry mountAt(String path) {
        for (MountEntry e : session.vfs().mounts()) {
            if (e.mountPoint().equals(path)) {
                return e;
            }
        }
        throw CircuitPythonErrors.oserror(Errno.EINVAL);
    }

    @Builtin(name = "remount", minArgs = 1, maxArgs = 2, keywords = true)
    public Object remount(Object[] a, PyKeywords kw) {
        Args.onlyKeywords(kw, "mount_path", "readonly", "disable_concurrent_write_protection");
        boolean readonly = Args.truth(a.length > 1 ? a[1] : Args.keyword(kw, "readonly", false));
        boolean unprotected = Args.truth(Args.keyword(kw, "disable_concurrent_write_protection", false));
        MountEntry mount = mountAt(absolute(a[0]));
        if (!(mount.fs() instanceof ProtectedFilesystem p)) {
            throw CircuitPythonErrors.oserror(Errno.EINVAL);
        }
        DrivePermissions permissions = permissionsOf(p);
        if (!permissions.mayRemount()) {
            throw CircuitPythonErrors.cannotRemountVisibleViaUsb();
        }
        permissions.remount(readonly, unprotected);
        if (p == board.drive().filesystem()) {
            board.savePermissions();
        }
        return PyNone.INSTANCE;
    }

    private DrivePermissions permissionsOf(ProtectedFilesystem p) {
        return p == board.drive().filesystem() ? board.permissions() : board.mountPermissions(p);
    }

    @Builtin(name = "mount", minArgs = 2, maxArgs = 2, keywords = true)
    public Object mount(Object[] a, PyKeywords kw) {
        Args.onlyKeywords(kw, "readonly");
        boolean readonly = Args.truth(Args.keyword(kw, "readonly", false));
        if (!(a[0] instanceof FilesystemObject fo) || !"VfsFat".equals(fo.fs().typeName())) {
            throw CircuitPythonErrors.mustBeOfType("filesystem", "VfsFat", a[0]);
        }
        String path = absolute(a[1]);
        if (!path.equals("/")) {
            boolean isDir;
            try {
                isDir = session.vfs().stat(path).isDir();
            } catch (StorageException e) {
                isDir = false;
            }
            if (!isDir) {
                throw CircuitPythonErrors.mountPointMissing();
            }
        }
        ProtectedFilesystem fs = protect(fo.fs(), readonly);
        OsErrors.run(() -> session.vfs().mount(fs, path, false, false));
        session.setPythonFace(fs, fo);
        return PyNone.INSTANCE;
    }

    /** A VfsFat the program made gets flags of its own: Python writable unless mounted read-only. */
    private ProtectedFilesystem protect(Filesystem fs, boolean readonly) {
        if (fs instanceof ProtectedFilesystem p) {
            permissionsOf(p).remount(readonly, false);
            return p;
        }
        DrivePermissions permissions = new DrivePermissions(false);
        permissions.remount(readonly, false);
        ProtectedFilesystem p = new ProtectedFilesystem((FatFilesystem) fs, permissions::pythonMayWrite);
        board.setMountPermissions(p, permissions);
        return p;
    }

    @Builtin(name = "umount", minArgs = 1)
    public Object umount(Object[] a) {
        Filesystem target;
        if (a[0] instanceof FilesystemObject fo) {
            target = mountedFor(fo);
            if (target == null) {
                throw CircuitPythonErrors.oserror(Errno.EINVAL);
            }
            OsErrors.run(() -> session.vfs().umount(target));
        } else {
            String path = absolute(a[0]);
            OsErrors.run(() -> session.vfs().umount(path));
        }
        return PyNone.INSTANCE;
    }

    private Filesystem mountedFor(FilesystemObject fo) {
        for (MountEntry e : session.vfs().mounts()) {
            if (e.fs() == fo.fs() || session.pythonFace(e.fs()) == fo
                    || e.fs() instanceof ProtectedFilesystem p && p.fat() == fo.fs()) {
                return e.fs();
            }
        }
        return null;
    }

    @Builtin(name = "getmount", minArgs = 1)
    public Object getmount(Object[] a) {
        return session.fsTypes().face(mountAt(absolute(a[0])).fs());
    }

    @Builtin(name = "erase_filesystem", minArgs = 0, maxArgs = 0, keywords = true)
    public Object eraseFilesystem(Object[] a, PyKeywords kw) {
        Args.onlyKeywords(kw, "extended");
        if (Args.truth(Args.keyword(kw, "extended", PyNone.INSTANCE))) {
            throw CircuitPythonErrors.extendedNotImplemented();
        }
        OsErrors.run(() -> CircuitPyFormat.format(board.drive().blockDevice(), session.fatClock()));
        OsErrors.run(() -> board.drive().fat().mount(false, false));
        board.permissions().resetForBoot();
        board.savePermissions();
        throw HardReset.now(session, "storage.erase_filesystem()");
    }

    @Builtin(name = "disable_usb_drive", minArgs = 0)
    public Object disableUsbDrive(Object[] a) {
        if (!board.permissions().disableUsbDrive()) {
            throw CircuitPythonErrors.cannotChangeUsbDevices();
        }
        board.savePermissions();
        return PyNone.INSTANCE;
    }

    @Builtin(name = "enable_usb_drive", minArgs = 0)
    public Object enableUsbDrive(Object[] a) {
        if (!board.permissions().enableUsbDrive()) {
            throw CircuitPythonErrors.cannotChangeUsbDevices();
        }
        board.savePermissions();
        return PyNone.INSTANCE;
    }

    private static Filesystem fsOf(Object self) {
        if (!(self instanceof FilesystemObject fo)) {
            throw Errors.typeError("VfsFat object required");
        }
        return fo.fs();
    }

    private Filesystem mountedOrSelf(Filesystem fs) {
        for (MountEntry e : session.vfs().mounts()) {
            if (e.fs() instanceof ProtectedFilesystem p && p.fat() == fs) {
                return p;
            }
        }
        return fs;
    }

    private boolean writable(Filesystem fs) {
        Filesystem f = mountedOrSelf(fs);
        return !(f instanceof ProtectedFilesystem p) || p.writable();
    }

    private Object label(Object self) {
        Filesystem f = mountedOrSelf(fsOf(self));
        FatFilesystem fat = f instanceof ProtectedFilesystem p ? p.fat() : (FatFilesystem) f;
        return OsErrors.call(fat::label);
    }

    private Object setLabel(Object self, Object value) {
        Filesystem f = mountedOrSelf(fsOf(self));
        String label = Args.str(value);
        if (f instanceof ProtectedFilesystem p) {
            OsErrors.run(() -> p.setLabel(label));
        } else {
            OsErrors.run(() -> ((FatFilesystem) f).setLabel(label));
        }
        return PyNone.INSTANCE;
    }
}

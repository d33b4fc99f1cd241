package org.mpyjvm.stdlib.io;

import org.mpyjvm.language.runtime.PyBuiltinFunction;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.littlefs.LittleFsFilesystem;
import org.mpyjvm.runtime.romfs.RomfsFileHandle;
import org.mpyjvm.runtime.romfs.RomfsFilesystem;
import org.mpyjvm.runtime.vfs.MountEntry;
import org.mpyjvm.runtime.vfs.PathResolution;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.OsErrors;
import org.mpyjvm.stdlib.session.Session;
import org.mpyjvm.stdlib.vfs.PythonFilesystem;

/**
 * The {@code open(file, mode='r', buffering=-1, encoding=None)} builtin: the path is resolved by the VFS
 * (vfs.md 3) and the mount's filesystem opens it; {@code buffering} and {@code encoding} are accepted and
 * ignored. A Python filesystem's own {@code open(path, mode)} result is returned as it is.
 */
public final class OpenFunction {
    private OpenFunction() {
    }

    public static PyBuiltinFunction builtin() {
        return new PyBuiltinFunction("open", 1, 4, true, OpenFunction::call);
    }

    private static Object call(Object[] args, PyKeywords kw) {
        Args.onlyKeywords(kw, "file", "mode", "buffering", "encoding");
        Object file = args.length > 0 ? args[0] : Args.keyword(kw, "file", null);
        if (file == null) {
            throw org.mpyjvm.language.errors.Errors.typeError("function missing 1 required positional arguments");
        }
        Object mode = args.length > 1 ? args[1] : Args.keyword(kw, "mode", "r");
        Session session = Session.current();
        String path = Args.path(file);
        String modeText = Args.str(mode);
        PathResolution r = session.vfs().resolve(path);
        MountEntry mount = OsErrors.call(r::requireMount);
        if (mount.fs() instanceof PythonFilesystem p) {
            return p.call("open", r.path(), modeText);
        }
        return openOn(session, mount.fs(), r.path(), modeText);
    }

    /** Opens {@code path} on a Java filesystem and wraps the handle in the file class its mode asks for. */
    public static Object openOn(Session session, Filesystem fs, String path, String mode) {
        OpenMode m = ModeString.parse(mode, fs instanceof LittleFsFilesystem);
        boolean rom = fs instanceof RomfsFilesystem;
        FileHandle h;
        try {
            h = fs.open(path, m);
        } catch (StorageException e) {
            throw OsErrors.of(e);
        }
        FileTypes types = session.fsTypes().files();
        if (rom && m.binary() && h instanceof RomfsFileHandle rh) {
            return new RomFileObject(types.of(true, true), h, rh.view());
        }
        return new FileObject(types.of(m.binary(), rom), h, m.binary(), fs.typeName());
    }
}

package org.mpyjvm.stdlib.circuitpython;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyBuiltinFunction;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.runtime.vfs.MountEntry;
import org.mpyjvm.runtime.vfs.PathResolution;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.OsErrors;
import org.mpyjvm.stdlib.io.OpenFunction;
import org.mpyjvm.stdlib.session.Session;

/**
 * {@code open()} on a CircuitPython board (circuitpython.md 2): the mode must hold exactly one of {@code r w x a}, at
 * most one {@code +} and at most one of {@code b t} and nothing else ({@code ValueError: Invalid mode}); the
 * read-only check comes first and raises a bare {@code OSError(30)}; errors from FatFs carry the file name
 * ({@code [Errno 2] No such file/directory: missing.txt}).
 */
final class CircuitPythonOpen {
    private CircuitPythonOpen() {
    }

    static PyBuiltinFunction builtin() {
        return new PyBuiltinFunction("open", 1, 4, true, CircuitPythonOpen::call);
    }

    private static Object call(Object[] args, PyKeywords kw) {
        Args.onlyKeywords(kw, "file", "mode", "buffering", "encoding");
        Object file = args.length > 0 ? args[0] : Args.keyword(kw, "file", null);
        if (file == null) {
            throw Errors.typeError("function missing 1 required positional arguments");
        }
        String mode = Args.str(args.length > 1 ? args[1] : Args.keyword(kw, "mode", "r"));
        checkMode(mode);
        Session session = Session.current();
        String path = Args.path(file);
        PathResolution r = session.vfs().resolve(path);
        MountEntry mount = OsErrors.call(r::requireMount);
        if (mount.fs() instanceof ProtectedFilesystem p && isWrite(mode) && !p.writable()) {
            throw CircuitPythonErrors.oserror(org.mpyjvm.runtime.Errno.EROFS);
        }
        try {
            return OpenFunction.openOn(session, mount.fs(), r.path(), mode);
        } catch (PyException e) {
            throw withFilename(e, r.path());
        }
    }

    /** {@code vfs_fat_file.c}'s mode scan. */
    static void checkMode(String mode) {
        int rwxa = 0, plus = 0, bt = 0;
        for (int i = 0; i < mode.length(); i++) {
            switch (mode.charAt(i)) {
                case 'r', 'w', 'x', 'a' -> rwxa++;
                case '+' -> plus++;
                case 'b', 't' -> bt++;
                default -> throw CircuitPythonErrors.invalidMode();
            }
        }
        if (rwxa != 1 || plus > 1 || bt > 1) {
            throw CircuitPythonErrors.invalidMode();
        }
    }

    private static boolean isWrite(String mode) {
        return mode.indexOf('w') >= 0 || mode.indexOf('a') >= 0 || mode.indexOf('x') >= 0 || mode.indexOf('+') >= 0;
    }

    private static PyException withFilename(PyException e, String name) {
        PyBaseException exc = e.getPythonException();
        if (exc.getPyClass() == BuiltinTypes.OS_ERROR && exc.getArgs().size() == 1
                && exc.getArgs().get(0) instanceof Long errno) {
            return CircuitPythonErrors.oserror((int) (long) errno, name);
        }
        return e;
    }
}

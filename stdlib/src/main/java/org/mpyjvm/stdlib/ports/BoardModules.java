package org.mpyjvm.stdlib.ports;

import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.stdlib.session.Session;

/**
 * Which modules the selected board has (DESIGN.md: only the modules the port really has are importable). A
 * module a board lacks raises {@code ImportError: no module named 'X'} and is taken out of {@code sys.modules}
 * again, so it stays absent.
 */
public final class BoardModules {
    private BoardModules() {
    }

    public static PyException absent(String module) {
        org.mpyjvm.language.spi.ImportState.forget(MpyContext.get(null), module);
        return Errors.noModule(module);
    }

    /** Fails the import unless the board lists {@code module} among its port modules. */
    public static Session require(String module) {
        Session session = Session.current();
        if (!session.hasModule(module)) {
            throw absent(module);
        }
        return session;
    }

    /** {@code VfsPosix} exists on the unix and webassembly boards only. */
    public static boolean hasPosix(Session session) {
        String port = session.board().port();
        return port.equals("unix") || port.equals("webassembly");
    }
}

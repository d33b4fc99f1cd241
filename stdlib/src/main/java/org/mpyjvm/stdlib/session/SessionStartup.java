package org.mpyjvm.stdlib.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyModule;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.ContextStartup;
import org.mpyjvm.stdlib.io.OpenFunction;

/**
 * Brings the board up before the script runs: builds the {@link Session} from {@code mpy.Env}, mounts what the
 * board mounts at start, sets {@code sys.path} (the board's list, without the entries of mounts that did not
 * happen) and {@code sys.platform}, installs {@code open}, and closes the device when the context is disposed.
 * After an uncaught exception it may add one learner hint on stderr.
 */
public final class SessionStartup implements ContextStartup {
    @Override
    public void start(MpyContext context) {
        Session session;
        try {
            session = new Session(SessionConfig.from(context.getEnvOptions()), Session.stderrOf(context),
                    context.getRealTimeClock());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("mpy-jvm: cannot start the board: " + e.getMessage(), e);
        }
        Session.register(context, session);
        // Truffle holds dispose callbacks weakly: register the session itself, which SESSIONS keeps reachable.
        context.getEnv().registerOnDispose(session);
        boolean circuitPython = session.board().isCircuitPython();
        List<String> mounted = circuitPython ? List.of() : new StartupMounts(session).run();
        context.getBuiltins().put("open", OpenFunction.builtin());
        PyModule sys = (PyModule) org.mpyjvm.language.spi.ImportState.importModule(context, "sys");
        sys.getGlobals().put("platform", session.board().platform());
        PyList path = org.mpyjvm.language.spi.ImportState.sysPath(context);
        path.items().clear();
        path.items().addAll(sysPath(session, mounted));
        if (circuitPython) {
            org.mpyjvm.stdlib.circuitpython.Supervisor.start(context, session);
        }
    }

    /**
     * BOARDS.md 5 gives {@code sys.path} with every mount present; an entry under a mount point the board has but
     * did not mount this time is dropped ({@code /rom} without a valid image, spark's {@code /flash} when empty),
     * and a board's extra SD entries ({@code sys.path.sd}) are added when its SD card was mounted.
     */
    static List<Object> sysPath(Session session, List<String> mounted) {
        List<String> possible = new ArrayList<>();
        possible.add("/rom");
        session.board().mounts().forEach(m -> possible.add(m.path()));
        List<Object> out = new ArrayList<>();
        for (String entry : session.board().sysPath()) {
            boolean missing = false;
            for (String p : possible) {
                if (!p.equals("/") && (entry.equals(p) || entry.startsWith(p + "/")) && !mounted.contains(p)) {
                    missing = true;
                }
            }
            if (!missing) {
                out.add(entry);
            }
        }
        session.board().property("sys.path.sd").ifPresent(extra -> {
            for (String e : extra.split(",")) {
                String entry = e.strip().replace("'", "");
                if (!entry.isEmpty() && mounted.contains(entry)) {
                    out.add(entry);
                }
            }
        });
        return out;
    }

    /**
     * zephyr_sdhc_fat.py's mistake ({@code from zephyr import DiskAccess}, then {@code zephyr.DiskAccess(...)})
     * stops with {@code NameError: name 'zephyr' isn't defined} as on a real board; one stderr line names the fix.
     */
    @Override
    public void afterUncaught(MpyContext context, PyBaseException exception) {
        Session session;
        try {
            session = Session.current();
        } catch (IllegalStateException e) {
            return;
        }
        if (!session.hintsEnabled() || exception.getPyClass() != BuiltinTypes.NAME_ERROR) {
            return;
        }
        String message = PyOps.str(exception);
        String prefix = "name '";
        if (!message.startsWith(prefix) || !message.endsWith("' isn't defined")) {
            return;
        }
        String name = message.substring(prefix.length(), message.length() - "' isn't defined".length());
        if (session.hasModule(name)) {
            context.getOut().flush();
            session.note("mpy: hint: '" + name + "' is a module that this script never imported as a name: "
                    + "add `import " + name + "`, or call the names `from " + name + " import ...` gave directly");
        }
    }
}

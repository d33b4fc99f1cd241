package org.mpyjvm.language.spi;

import java.util.ServiceLoader;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.runtime.PyBaseException;

/**
 * Start-up and shut-down work of a module provider for one interpreter run, found with {@link ServiceLoader}: the
 * board session (mounting {@code /rom}, the board's filesystems, {@code sys.path}, the {@code open} builtin) must
 * exist before the first line of the script runs, as on a board where {@code mp_init} and the port's start-up come
 * before {@code main.py}. Providers run in ServiceLoader order.
 */
public interface ContextStartup {
    /** Called once per context, after the builtins and the import system exist and before any code runs. */
    void start(MpyContext context);

    /** Called after an uncaught exception's traceback was printed (learner hints go to stderr here). */
    default void afterUncaught(MpyContext context, PyBaseException exception) {
    }

    /** Runs {@link #start} of every provider. */
    static void startAll(MpyContext context) {
        for (ContextStartup s : providers()) {
            s.start(context);
        }
    }

    /** Runs {@link #afterUncaught} of every provider. */
    static void afterUncaughtAll(MpyContext context, PyBaseException exception) {
        for (ContextStartup s : providers()) {
            s.afterUncaught(context, exception);
        }
    }

    private static Iterable<ContextStartup> providers() {
        return ServiceLoader.load(ContextStartup.class, ContextStartup.class.getClassLoader());
    }
}

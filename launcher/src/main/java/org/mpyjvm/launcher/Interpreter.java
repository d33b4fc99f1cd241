package org.mpyjvm.launcher;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * One interpreter session: a polyglot {@link Context} of the "mpy" language bound to the given streams. The language
 * prints MicroPython's tracebacks itself and returns the exit status from each evaluation, so this class only moves
 * text in and statuses out. Tests share one {@link Engine} across many sessions, as the golden runner does.
 */
public final class Interpreter implements AutoCloseable {
    public static final String LANGUAGE = "mpy";

    private final Context context;
    private final OutputStream err;

    public Interpreter(Engine engine, Map<String, String> env, String[] argv, InputStream in, OutputStream out,
                       OutputStream err) {
        Context built;
        try {
            built = builder(engine, env, argv, in, out, err, jitExpected()).build();
        } catch (IllegalArgumentException e) {
            // an interpreter-only runtime (no Graal JIT) has no compilation options
            built = builder(engine, env, argv, in, out, err, false).build();
        }
        this.context = built;
        this.err = err;
    }

    /**
     * Whether the Graal JIT should be there: bin/mpy enables it on JDK 25 and otherwise passes the note it prints
     * ({@code mpy.launcher.note}). Asking a JIT-less runtime for compiler options would print its warning first.
     */
    private static boolean jitExpected() {
        return Runtime.version().feature() >= 25 && System.getProperty("mpy.launcher.note") == null;
    }

    private static Context.Builder builder(Engine engine, Map<String, String> env, String[] argv, InputStream in,
                                           OutputStream out, OutputStream err, boolean compilerOptions) {
        Context.Builder builder = Context.newBuilder(LANGUAGE)
                .in(in)
                .out(out)
                .err(err)
                .arguments(LANGUAGE, argv)
                .option("mpy.Env", encode(env));
        if (engine != null) {
            return builder.engine(engine);
        }
        builder.option("engine.WarnInterpreterOnly", "false");
        if (compilerOptions) {
            // One compilation tier: on a busy 2-core machine the first tier's code ran no faster than the
            // interpreter and the second tier came late or never; compiling once, fully, reached fib's steady
            // state after about 8 s instead of never within 30 s.
            builder.allowExperimentalOptions(true).option("engine.MultiTier", "false");
        }
        engineOptionsFromEnvironment(builder);
        return builder;
    }

    /**
     * Developer passthrough for profiling the interpreter: {@code MPY_ENGINE_OPTIONS="engine.TraceCompilation=true
     * engine.CompilationFailureAction=Print"} (space-separated key=value) sets Truffle engine options, including
     * experimental ones. Unset in normal use.
     */
    private static void engineOptionsFromEnvironment(Context.Builder builder) {
        String spec = System.getenv("MPY_ENGINE_OPTIONS");
        if (spec == null || spec.isBlank()) {
            return;
        }
        builder.allowExperimentalOptions(true);
        for (String pair : spec.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            builder.option(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "true" : pair.substring(eq + 1));
        }
    }

    /** A shared engine for running many sessions in one JVM, without the interpreter-only warning. */
    public static Engine newEngine() {
        return Engine.newBuilder(LANGUAGE).option("engine.WarnInterpreterOnly", "false").build();
    }

    /** Runs a whole program as {@code __main__}; returns the exit status (0, 1 after an uncaught exception, or SystemExit's). */
    public int runMain(String code, String displayName) {
        return evaluate(Source.newBuilder(LANGUAGE, code, displayName).buildLiteral());
    }

    /** Runs one REPL input: expression values are echoed as MicroPython's REPL does. */
    public int runInteractive(String code) {
        return evaluate(Source.newBuilder(LANGUAGE, code, "<stdin>").interactive(true).buildLiteral());
    }

    private int evaluate(Source source) {
        try {
            Value status = context.eval(source);
            return status.fitsInInt() ? status.asInt() : 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isCancelled() || e.isInterrupted()) {
                return 130;
            }
            reportInternalError(e);
            return 1;
        }
    }

    /**
     * Initialises the language (which brings the board up) and enters the context on this thread, so host code can
     * reach the board's session; pair with {@link #leave}.
     */
    void enterBoard() {
        context.initialize(LANGUAGE);
        context.enter();
    }

    /**
     * Initialises the language now (the board comes up: mounts, and on a CircuitPython board boot.py and code.py),
     * then computes {@code inside} with the context entered so it can read the board's session.
     */
    <T> T startBoard(java.util.function.Supplier<T> inside) {
        enterBoard();
        try {
            return inside.get();
        } finally {
            leave();
        }
    }

    void leave() {
        context.leave();
    }

    /** A Java failure inside the interpreter is our bug: one line for the user, the whole trace with MPY_DEBUG. */
    private void reportInternalError(PolyglotException e) {
        PrintStream printer = new PrintStream(err, true, StandardCharsets.UTF_8);
        printer.println("mpy-jvm internal error: " + (e.isHostException() ? e.asHostException() : e.getMessage())
                + " (please report it; set MPY_DEBUG=1 for the Java stack trace)");
        if (System.getenv("MPY_DEBUG") != null || Boolean.getBoolean("mpy.debug")) {
            (e.isHostException() ? e.asHostException() : e).printStackTrace(printer);
        }
    }

    static String encode(Map<String, String> env) {
        return env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    @Override
    public void close() {
        context.close();
    }
}

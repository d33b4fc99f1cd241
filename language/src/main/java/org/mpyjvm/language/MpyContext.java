package org.mpyjvm.language;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mpyjvm.language.builtins.BuiltinsModule;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.errors.TracebackPrinter;
import org.mpyjvm.language.imports.Importer;
import org.mpyjvm.language.parser.ParseError;
import org.mpyjvm.language.parser.PythonModuleParser;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyFunction;
import org.mpyjvm.language.runtime.PyModule;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.ScheduledCallbacks;

/** The state of one interpreter run: streams, builtins, loaded modules, the exception being handled. */
public final class MpyContext {
    private static final ContextReference<MpyContext> REFERENCE = ContextReference.create(MpyLanguage.class);

    private final MpyLanguage language;
    private final TruffleLanguage.Env env;
    private final Map<String, String> envOptions;
    private final PrintStream out;
    private final org.mpyjvm.language.spi.ConsoleTee console;
    private PyDict builtins;
    private Importer importer;
    private PyBaseException handledException;
    private PyModule replMain;
    private org.mpyjvm.language.spi.RealTimeClock realTimeClock;
    private final ScheduledCallbacks scheduledCallbacks;

    MpyContext(MpyLanguage language, TruffleLanguage.Env env, String envOption) {
        this.language = language;
        this.env = env;
        this.envOptions = parseEnv(envOption);
        this.console = new org.mpyjvm.language.spi.ConsoleTee(env.out());
        this.out = new PrintStream(console, false, StandardCharsets.UTF_8);
        this.scheduledCallbacks = new ScheduledCallbacks(() -> out);
    }

    /** micropython.schedule's queue for this run. */
    public ScheduledCallbacks getScheduledCallbacks() {
        return scheduledCallbacks;
    }

    public static MpyContext get(Node node) {
        return REFERENCE.get(node);
    }

    private static Map<String, String> parseEnv(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                map.put(part.substring(0, eq).trim(), part.substring(eq + 1));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    void initialize() {
        BuiltinTypes.OBJECT.getName();
        org.mpyjvm.language.builtins.BuiltinTypeMethods.install();
        org.mpyjvm.language.builtins.GeneratorMethods.install();
        builtins = BuiltinsModule.createBuiltins();
        importer = new Importer(this);
        org.mpyjvm.language.spi.ContextStartup.startAll(this);
    }

    public MpyLanguage getLanguage() {
        return language;
    }

    public TruffleLanguage.Env getEnv() {
        return env;
    }

    public Map<String, String> getEnvOptions() {
        return envOptions;
    }

    /** The board's RTC ({@code --clock} sets where it starts). */
    public org.mpyjvm.language.spi.RealTimeClock getRealTimeClock() {
        if (realTimeClock == null) {
            realTimeClock = org.mpyjvm.language.spi.RealTimeClock.fromOption(envOptions.get("clock"));
        }
        return realTimeClock;
    }

    public PrintStream getOut() {
        return out;
    }

    /** The byte stream under {@link #getOut()}, whose output a module may copy (CircuitPython's boot_out.txt). */
    public org.mpyjvm.language.spi.ConsoleTee getConsole() {
        return console;
    }

    public PyDict getBuiltins() {
        return builtins;
    }

    public Importer getImporter() {
        return importer;
    }

    public PyBaseException getHandledException() {
        return handledException;
    }

    public void setHandledException(PyBaseException e) {
        this.handledException = e;
    }

    /** Runs a main script or REPL input; returns the exit status (see {@link MpyLanguage}). */
    @TruffleBoundary
    public int runMain(Source source) {
        try {
            PyModule main;
            if (source.isInteractive()) {
                if (replMain == null) {
                    replMain = new PyModule("__main__", new PyDict());
                }
                main = replMain;
            } else {
                main = new PyModule("__main__", new PyDict());
            }
            importer.registerModule("__main__", main);
            com.oracle.truffle.api.RootCallTarget target = PythonModuleParser.parse(language, source,
                source.isInteractive());
            target.call(new PyFunction("<module>", target, main.getGlobals(), new org.mpyjvm.language.runtime.PyCell[0],
                PythonModuleParser.MODULE_SIGNATURE, new Object[0], null, false));
            scheduledCallbacks.drain(); // what no check point reached yet runs before the program ends
            return 0;
        } catch (ParseError e) {
            TracebackPrinter.print(e.toPythonException(source.getName()).getPythonException(), out);
            return 1;
        } catch (PyException e) {
            return uncaught(e.getPythonException());
        } catch (RuntimeException e) {
            if (e instanceof AbstractTruffleException || e instanceof ControlFlowException) {
                throw e;
            }
            out.flush();
            PrintStream err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
            err.println("mpy-jvm internal error: " + e);
            if (System.getenv("MPY_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        } finally {
            out.flush();
        }
    }

    private int uncaught(PyBaseException exc) {
        if (exc.getPyClass().isSubclassOf(BuiltinTypes.SYSTEM_EXIT)) {
            if (exc.getArgs().size() == 0 || exc.getArgs().get(0) == PyNone.INSTANCE) {
                return 0;
            }
            Object code = exc.getArgs().get(0);
            if (code instanceof Long l) {
                return (int) (long) l;
            }
            out.println(PyOps.str(code));
            return 1;
        }
        TracebackPrinter.print(exc, out);
        org.mpyjvm.language.spi.ContextStartup.afterUncaughtAll(this, exc);
        return 1;
    }
}

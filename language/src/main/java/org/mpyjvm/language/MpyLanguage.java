package org.mpyjvm.language;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.mpyjvm.language.nodes.MainRootNode;

/**
 * The mpy language: MicroPython's Python on Truffle.
 *
 * <h2>Contract with the launcher</h2>
 * <ul>
 *   <li>{@code Context.newBuilder("mpy").arguments("mpy", argv)}: {@code argv[0]} is the script path as typed;
 *       argv becomes {@code sys.argv}.</li>
 *   <li>{@code context.eval(Source.newBuilder("mpy", code, displayName).build())} runs the code as {@code __main__}
 *       and returns the exit status as an int Value: 0 normally, 1 after an uncaught exception or a syntax error
 *       (the traceback or SyntaxError is printed by the language to the context's stdout, as the MicroPython unix
 *       port does), {@code n} for {@code SystemExit(n)}. {@code -c} code uses displayName {@code "<stdin>"}.</li>
 *   <li>A Source built with {@code .interactive(true)} and name {@code "<stdin>"} is one REPL input: expression
 *       statements print their repr (None prints nothing), errors print the traceback, the status is returned.
 *       {@link org.mpyjvm.language.parser.InputCompleteness#needsMoreInput(String)} decides the {@code ...}
 *       continuation prompt. Globals persist between REPL inputs of one context.</li>
 *   <li>Option {@code mpy.Env} ("key=value;key=value", opaque here) is handed to module providers
 *       ({@link org.mpyjvm.language.spi.ModuleSetup#env()}, {@link org.mpyjvm.language.spi.FileAccess#configure}).
 *       Keys the language itself reads: {@code platform} (sys.platform, default "linux").</li>
 * </ul>
 */
@TruffleLanguage.Registration(id = MpyLanguage.ID, name = "MicroPython", implementationName = "mpy-jvm",
    version = "1.29.0", defaultMimeType = MpyLanguage.MIME_TYPE, characterMimeTypes = MpyLanguage.MIME_TYPE,
    interactive = true, website = "https://micropython.org")
@ProvidedTags({StandardTags.CallTag.class, StandardTags.StatementTag.class, StandardTags.RootTag.class,
    StandardTags.RootBodyTag.class, StandardTags.ExpressionTag.class})
public final class MpyLanguage extends TruffleLanguage<MpyContext> {
    public static final String ID = "mpy";
    public static final String MIME_TYPE = "text/x-micropython";

    @Option(help = "Device/board configuration for module providers: key=value;key=value",
        category = OptionCategory.USER, stability = OptionStability.STABLE)
    static final OptionKey<String> Env = new OptionKey<>("");

    @Override
    protected MpyContext createContext(Env env) {
        return new MpyContext(this, env, env.getOptions().get(Env));
    }

    @Override
    protected void disposeContext(MpyContext context) {
        context.getScheduledCallbacks().discard();
    }

    @Override
    protected void initializeContext(MpyContext context) {
        context.initialize();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new MpyLanguageOptionDescriptors();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        return new MainRootNode(this, request.getSource()).getCallTarget();
    }

    /** The REPL's echo is MicroPython's (done by the evaluated code); the returned exit status is not shown. */
    @Override
    protected boolean isVisible(MpyContext context, Object value) {
        return false;
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return singleThreaded;
    }
}

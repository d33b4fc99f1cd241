package org.mpyjvm.language.builtins;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.CallerFrame;
import org.mpyjvm.language.parser.ParseError;
import org.mpyjvm.language.parser.PythonModuleParser;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyCell;
import org.mpyjvm.language.runtime.PyCode;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyFunction;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.spi.Builtin;

/**
 * The builtins that reach the interpreter itself: globals(), locals(), compile(), eval(), exec(). As in
 * MicroPython, locals() inside a function is the module's globals (functions keep no locals dictionary), in a class
 * body it is the class namespace being built, and
 * code run without explicit dictionaries runs in the caller's globals.
 */
public final class ExecutionBuiltins {
    private ExecutionBuiltins() {
    }

    private static final String STRING_NAME = "<string>";

    @Builtin(name = "globals", minArgs = 0)
    public static Object globals(Object[] a) {
        return CallerFrame.globals();
    }

    @Builtin(name = "locals", minArgs = 0)
    public static Object locals(Object[] a) {
        return CallerFrame.locals();
    }

    @Builtin(name = "compile", minArgs = 3, maxArgs = 6)
    public static Object compile(Object[] a) {
        String mode = requireStr(a[2]);
        boolean expression = switch (mode) {
            case "eval" -> true;
            case "exec", "single" -> false;
            default -> throw Errors.valueError("bad compile mode");
        };
        return new PyCode(parse(sourceText(a[0]), requireStr(a[1]), expression), expression);
    }

    @Builtin(name = "eval", minArgs = 1, maxArgs = 3)
    public static Object eval(Object[] a) {
        RootCallTarget target = a[0] instanceof PyCode c ? c.getTarget() : parse(sourceText(a[0]), STRING_NAME, true);
        return run(target, a);
    }

    @Builtin(name = "exec", minArgs = 1, maxArgs = 3)
    public static Object exec(Object[] a) {
        RootCallTarget target = a[0] instanceof PyCode c ? c.getTarget() : parse(sourceText(a[0]), STRING_NAME, false);
        run(target, a);
        return PyNone.INSTANCE;
    }

    private static String requireStr(Object o) {
        if (!(o instanceof String s)) {
            throw Errors.typeError("can't convert '" + org.mpyjvm.language.runtime.PyOps.typeName(o)
                + "' object to str implicitly");
        }
        return s;
    }

    private static String sourceText(Object o) {
        if (o instanceof PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return requireStr(o);
    }

    private static RootCallTarget parse(String text, String name, boolean expression) {
        MpyLanguage language = MpyContext.get(null).getLanguage();
        Source source = Source.newBuilder(MpyLanguage.ID, text, name).build();
        try {
            return expression ? PythonModuleParser.parseEval(language, source)
                : PythonModuleParser.parse(language, source, false);
        } catch (ParseError e) {
            throw e.toPythonException(name);
        }
    }

    /**
     * Runs module code with {@code a[1]} as globals (default: the caller's) and {@code a[2]} as locals. Module code
     * reads and writes one namespace, so distinct locals run in a merged copy whose new or rebound names are
     * written back to the locals dictionary.
     */
    private static Object run(RootCallTarget target, Object[] a) {
        PyDict globals = a.length > 1 && a[1] != PyNone.INSTANCE ? requireDict(a[1]) : CallerFrame.globals();
        PyDict locals = a.length > 2 && a[2] != PyNone.INSTANCE ? requireDict(a[2]) : null;
        if (locals == null || locals == globals) {
            return call(target, globals);
        }
        PyDict merged = new PyDict();
        for (Object[] e : globals.storage().entries()) {
            merged.put(e[0], e[1]);
        }
        for (Object[] e : locals.storage().entries()) {
            merged.put(e[0], e[1]);
        }
        try {
            return call(target, merged);
        } finally {
            for (Object[] e : merged.storage().entries()) {
                if (globals.get(e[0]) != e[1] || locals.get(e[0]) != null) {
                    locals.put(e[0], e[1]);
                }
            }
        }
    }

    private static PyDict requireDict(Object o) {
        if (!(o instanceof PyDict d)) {
            throw Errors.typeError("expected dict");
        }
        return d;
    }

    private static Object call(RootCallTarget target, PyDict globals) {
        return target.call(new PyFunction("<module>", target, globals, new PyCell[0],
            PythonModuleParser.MODULE_SIGNATURE, new Object[0], null, false));
    }
}

package org.mpyjvm.language.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.ValueFormat;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDescriptors;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyIterator;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.ListSort;
import org.mpyjvm.language.builtins.modules.IoModule;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyStream;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.runtime.Subscripts;
import org.mpyjvm.language.spi.Builtin;

/** The builtins module: functions, the builtin classes and the exception classes. */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    @TruffleBoundary
    public static PyDict createBuiltins() {
        PyDict d = new PyDict();
        BuiltinRegistry.functionsOf(BuiltinsModule.class, null).forEach(d::put);
        BuiltinRegistry.functionsOf(ExecutionBuiltins.class, null).forEach(d::put);
        for (PyClass c : new PyClass[]{BuiltinTypes.OBJECT, BuiltinTypes.TYPE, BuiltinTypes.INT, BuiltinTypes.BOOL,
            BuiltinTypes.FLOAT, BuiltinTypes.STR, BuiltinTypes.BYTES, BuiltinTypes.BYTEARRAY, BuiltinTypes.MEMORYVIEW,
            BuiltinTypes.LIST, BuiltinTypes.TUPLE, BuiltinTypes.DICT, BuiltinTypes.SET, BuiltinTypes.FROZENSET,
            BuiltinTypes.RANGE, BuiltinTypes.SLICE, BuiltinTypes.PROPERTY, BuiltinTypes.CLASSMETHOD,
            BuiltinTypes.STATICMETHOD, BuiltinTypes.COMPLEX, BuiltinTypes.SUPER, BuiltinTypes.ENUMERATE,
            BuiltinTypes.ZIP, BuiltinTypes.MAP, BuiltinTypes.FILTER, BuiltinTypes.REVERSED}) {
            d.put(c.getName(), c);
        }
        BuiltinTypes.exceptions().forEach(d::put);
        d.put("Ellipsis", BuiltinTypes.ELLIPSIS_VALUE);
        d.put("NotImplemented", BuiltinTypes.NOT_IMPLEMENTED);
        d.put("__name__", "builtins");
        return d;
    }

    private static MpyContext context() {
        return MpyContext.get(null);
    }

    @Builtin(name = "print", minArgs = 0, maxArgs = Integer.MAX_VALUE, keywords = true)
    public static Object print(Object[] args, PyKeywords kw) {
        Object sep = kw.get("sep");
        Object end = kw.get("end");
        Object file = kw.get("file");
        // py/modbuiltins.c parses sep/end/file with mp_arg_parse_all: other keywords are refused, and sep/end are
        // read with mp_obj_str_get_data, which takes str or bytes but not None
        for (int i = 0; i < kw.size(); i++) {
            String name = kw.names()[i];
            if (!name.equals("sep") && !name.equals("end") && !name.equals("file")) {
                throw Errors.typeError("extra keyword arguments given");
            }
        }
        String sepText = sep == null ? " " : printText(sep);
        String endText = end == null ? "\n" : printText(end);
        StringBuilder sb = new StringBuilder();
        try {
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    sb.append(sepText);
                }
                sb.append(PyOps.str(args[i]));
            }
        } catch (PyException e) {
            // MicroPython prints argument by argument: what came before the failing __str__ is already out
            emit(file, sb.toString());
            throw e;
        }
        sb.append(endText);
        emit(file, sb.toString());
        return PyNone.INSTANCE;
    }

    private static void emit(Object file, String text) {
        if (file != null && file != PyNone.INSTANCE) {
            writeTo(file, text);
        } else {
            PrintStream out = context().getOut();
            out.print(text);
        }
    }

    /**
     * Text to a stream argument (print's file=, sys.print_exception's file): a native stream, or an instance of an
     * io.IOBase subclass through its write(); anything else is not a stream for MicroPython.
     */
    static void writeTo(Object file, String text) {
        if (file instanceof PyStream stream) {
            stream.writeText(text);
        } else if (PyOps.typeOf(file).isSubclassOf(IoModule.IO_BASE)) {
            PyOps.invoke(file, "write", text);
        } else {
            throw Errors.create(BuiltinTypes.OS_ERROR, "stream operation not supported");
        }
    }

    private static String printText(Object o) {
        if (o instanceof org.mpyjvm.language.runtime.PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return requireStr(o);
    }

    private static String requireStr(Object o) {
        if (!(o instanceof String s)) {
            throw Errors.notImplicitlyStr(o);
        }
        return s;
    }

    @Builtin(name = "len", minArgs = 1)
    public static Object len(Object[] a) {
        return PyOps.lenResult(a[0]);
    }

    @Builtin(name = "repr", minArgs = 1)
    public static Object repr(Object[] a) {
        return PyOps.repr(a[0]);
    }

    @Builtin(name = "abs", minArgs = 1)
    public static Object abs(Object[] a) {
        return org.mpyjvm.language.runtime.Arithmetic.absolute(a[0]);
    }

    @Builtin(name = "isinstance", minArgs = 2)
    public static Object isinstance(Object[] a) {
        return classMatch(PyOps.typeOf(a[0]), a[1]);
    }

    @Builtin(name = "issubclass", minArgs = 2)
    public static Object issubclass(Object[] a) {
        if (!(a[0] instanceof PyClass c)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        return classMatch(c, a[1]);
    }

    private static boolean classMatch(PyClass c, Object spec) {
        if (spec instanceof PyClass s) {
            return c.isSubclassOf(s);
        }
        if (spec instanceof PyTuple t) {
            for (Object o : t.items()) {
                if (classMatch(c, o)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("issubclass() arg 2 must be a class or a tuple of classes");
    }

    @Builtin(name = "hasattr", minArgs = 2)
    public static Object hasattr(Object[] a) {
        try {
            return PyOps.getAttributeOrNull(a[0], attrName(a[1])) != null;
        } catch (org.mpyjvm.language.errors.PyException e) {
            // an AttributeError raised by __getattr__ or a property means "no such attribute"
            if (e.getPythonException().getPyClass().isSubclassOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                return false;
            }
            throw e;
        }
    }

    @Builtin(name = "getattr", minArgs = 2, maxArgs = 3)
    public static Object getattr(Object[] a) {
        String name = attrName(a[1]);
        Object v;
        try {
            v = PyOps.getAttributeOrNull(a[0], name);
        } catch (org.mpyjvm.language.errors.PyException e) {
            if (a.length < 3 || !e.getPythonException().getPyClass().isSubclassOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            v = null;
        }
        if (v == null) {
            if (a.length == 3) {
                return a[2];
            }
            throw Errors.noAttributeToLoad(a[0], name);
        }
        return v;
    }

    @Builtin(name = "setattr", minArgs = 3)
    public static Object setattr(Object[] a) {
        PyOps.setAttribute(a[0], attrName(a[1]), a[2]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "delattr", minArgs = 2)
    public static Object delattr(Object[] a) {
        PyOps.deleteAttribute(a[0], attrName(a[1]));
        return PyNone.INSTANCE;
    }

    /** An attribute name argument: py/modbuiltins.c takes it with mp_obj_str_get_qstr, so a non-str is this TypeError. */
    private static String attrName(Object o) {
        if (!(o instanceof String s)) {
            throw Errors.notImplicitlyStr(o);
        }
        return s;
    }

    @Builtin(name = "callable", minArgs = 1)
    public static Object callable(Object[] a) {
        return PyOps.isCallable(a[0]);
    }

    @Builtin(name = "hash", minArgs = 1)
    public static Object hash(Object[] a) {
        return PyOps.hash(a[0]);
    }

    @Builtin(name = "id", minArgs = 1)
    public static Object id(Object[] a) {
        return (long) System.identityHashCode(a[0]);
    }

    @Builtin(name = "iter", minArgs = 1)
    public static Object iter(Object[] a) {
        return PyOps.iter(a[0]);
    }

    @Builtin(name = "next", minArgs = 1, maxArgs = 2)
    public static Object next(Object[] a) {
        if (a.length == 1 && a[0] instanceof org.mpyjvm.language.runtime.PyGenerator g) {
            return g.send(PyNone.INSTANCE); // StopIteration carries the generator's return value
        }
        Object v = PyOps.next(a[0]);
        if (v == null) {
            if (a.length == 2) {
                return a[1];
            }
            throw Errors.stopIteration();
        }
        return v;
    }

    @Builtin(name = "chr", minArgs = 1)
    public static Object chr(Object[] a) {
        long c = PyOps.asLong(a[0]);
        if (c < 0 || c > 0x10ffff) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return Character.toString((int) c);
    }

    @Builtin(name = "ord", minArgs = 1)
    public static Object ord(Object[] a) {
        if (a[0] instanceof String s) {
            if (s.codePointCount(0, s.length()) != 1) {
                throw Errors.typeError("ord() expected a character, but string of length "
                    + s.codePointCount(0, s.length()) + " found");
            }
            return (long) s.codePointAt(0);
        }
        if (!(a[0] instanceof org.mpyjvm.language.runtime.PyBytes)) {
            throw Errors.notImplicitlyStr(a[0]); // py/modbuiltins.c: ord takes str or bytes only
        }
        byte[] b = PyOps.bytesOf(a[0]);
        if (b.length != 1) {
            throw Errors.typeError("ord() expected a character, but string of length " + b.length + " found");
        }
        return (long) (b[0] & 0xff);
    }

    @Builtin(name = "hex", minArgs = 1)
    public static Object hex(Object[] a) {
        return ValueFormat.withPrefix(a[0], 16);
    }

    @Builtin(name = "oct", minArgs = 1)
    public static Object oct(Object[] a) {
        return ValueFormat.withPrefix(a[0], 8);
    }

    @Builtin(name = "bin", minArgs = 1)
    public static Object bin(Object[] a) {
        if (!PyOps.isInt(a[0])) {
            // py/modbuiltins.c formats bin() through "{:#b}", so a non-int gets str.format's message
            throw Errors.valueError("unknown format code 'b' for object of type '" + PyOps.typeName(a[0]) + "'");
        }
        return ValueFormat.withPrefix(a[0], 2);
    }

    @Builtin(name = "sum", minArgs = 1, maxArgs = 2)
    public static Object sum(Object[] a) {
        Object total = a.length > 1 ? a[1] : (Object) 0L;
        for (Object v : PyOps.toList(a[0])) {
            total = org.mpyjvm.language.runtime.Arithmetic.binary(org.mpyjvm.language.runtime.Arithmetic.Op.ADD, total, v);
        }
        return total;
    }

    @Builtin(name = "min", minArgs = 1, maxArgs = Integer.MAX_VALUE, keywords = true)
    public static Object min(Object[] a, PyKeywords kw) {
        return extreme(a, kw, "<");
    }

    @Builtin(name = "max", minArgs = 1, maxArgs = Integer.MAX_VALUE, keywords = true)
    public static Object max(Object[] a, PyKeywords kw) {
        return extreme(a, kw, ">");
    }

    private static Object extreme(Object[] a, PyKeywords kw, String op) {
        List<Object> items = a.length == 1 ? PyOps.toList(a[0]) : List.of(a);
        Object key = kw.get("key");
        if (items.isEmpty()) {
            Object dflt = kw.get("default");
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(Errors.EMPTY_SEQUENCE);
        }
        Object best = items.get(0);
        Object bestKey = key == null || key == PyNone.INSTANCE ? best : PyOps.call(key, new Object[]{best}, null);
        for (int i = 1; i < items.size(); i++) {
            Object v = items.get(i);
            Object k = key == null || key == PyNone.INSTANCE ? v : PyOps.call(key, new Object[]{v}, null);
            if (PyOps.compare(k, bestKey, op)) {
                best = v;
                bestKey = k;
            }
        }
        return best;
    }

    @Builtin(name = "any", minArgs = 1)
    public static Object any(Object[] a) {
        Object it = PyOps.iter(a[0]);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            if (PyOps.isTrue(v)) {
                return true;
            }
        }
        return false;
    }

    @Builtin(name = "all", minArgs = 1)
    public static Object all(Object[] a) {
        Object it = PyOps.iter(a[0]);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            if (!PyOps.isTrue(v)) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "sorted", minArgs = 1, keywords = true)
    public static Object sorted(Object[] a, PyKeywords kw) {
        PyList l = new PyList(PyOps.toList(a[0]));
        Object reverse = kw.get("reverse");
        ListSort.sort(l.items(), kw.get("key"), reverse != null && PyOps.isTrue(reverse));
        return l;
    }

    @Builtin(name = "divmod", minArgs = 2)
    public static Object divmod(Object[] a) {
        // py/runtime.c: divmod is its own binary operator (__divmod__) for anything but int/float pairs
        boolean numbers = (PyOps.isInt(a[0]) || a[0] instanceof Double) && (PyOps.isInt(a[1]) || a[1] instanceof Double);
        if (!numbers) {
            Object r = PyOps.binaryDunder(a[0], a[1], "__divmod__", null);
            if (r == null) {
                throw Errors.unsupportedBinary("__divmod__", a[0], a[1]);
            }
            return r;
        }
        return PyTuple.of(org.mpyjvm.language.runtime.Arithmetic.binary(org.mpyjvm.language.runtime.Arithmetic.Op.FLOORDIV, a[0], a[1]),
            org.mpyjvm.language.runtime.Arithmetic.binary(org.mpyjvm.language.runtime.Arithmetic.Op.MOD, a[0], a[1]));
    }

    @Builtin(name = "pow", minArgs = 2, maxArgs = 3)
    public static Object pow(Object[] a) {
        if (a.length == 3) {
            if (!PyOps.isInt(a[0]) || !PyOps.isInt(a[1]) || !PyOps.isInt(a[2])) {
                throw Errors.typeError("pow() with 3 arguments requires integers");
            }
            java.math.BigInteger m = PyOps.big(a[2]);
            if (m.signum() == 0) {
                throw Errors.valueError("divide by zero");
            }
            if (PyOps.big(a[1]).signum() < 0) {
                return 0L; // MicroPython's mpz_pow3 yields 0 for a negative exponent
            }
            java.math.BigInteger r = PyOps.big(a[0]).modPow(PyOps.big(a[1]), m.abs());
            return PyOps.normalize(m.signum() < 0 && r.signum() != 0 ? r.add(m) : r);
        }
        return org.mpyjvm.language.runtime.Arithmetic.binary(org.mpyjvm.language.runtime.Arithmetic.Op.POW, a[0], a[1]);
    }

    /**
     * round(x[, n]) as py/modbuiltins.c: an int with n < 0 rounds half to even in int arithmetic; a float is
     * {@code nearbyint(x * 10**n) / 10**n} (half to even on the scaled double, so round(2.675, 2) is 2.68).
     */
    @Builtin(name = "round", minArgs = 1, maxArgs = 2)
    public static Object round(Object[] a) {
        // py/modbuiltins.c: ndigits None is not "absent" (it must convert to int), and a bool is not an
        // int there, so round(True, 1) takes the float path and gives 1.0
        boolean noDigits = a.length == 1;
        if (PyOps.isInt(a[0]) && !(a[0] instanceof Boolean && !noDigits)) {
            java.math.BigInteger x = PyOps.big(a[0]);
            long digits = noDigits ? 0 : PyOps.asLong(a[1]);
            if (digits >= 0) {
                return PyOps.normalize(x);
            }
            java.math.BigInteger mult = java.math.BigInteger.TEN.pow((int) Math.min(-digits, 100000));
            java.math.BigInteger r = x.mod(mult);
            java.math.BigInteger down = x.subtract(r);
            int c = r.shiftLeft(1).compareTo(mult);
            if (c > 0 || c == 0 && down.divide(mult).testBit(0)) {
                down = down.add(mult);
            }
            return PyOps.normalize(down);
        }
        double d = PyOps.toDouble(a[0]);
        if (noDigits) {
            return PyOps.intFromFloat(Math.rint(d));
        }
        double mult = Math.pow(10, PyOps.asLong(a[1]));
        return Math.rint(d * mult) / mult;
    }

    /** The globals of the innermost guest frame: every frame's first argument is its PyFunction. */
    private static PyDict callerGlobals() {
        PyDict found = com.oracle.truffle.api.Truffle.getRuntime().iterateFrames(frame -> {
            Object[] args = frame.getFrame(com.oracle.truffle.api.frame.FrameInstance.FrameAccess.READ_ONLY)
                .getArguments();
            return args.length > 0 && args[0] instanceof org.mpyjvm.language.runtime.PyFunction f ? f.getGlobals()
                : null;
        });
        if (found == null) {
            throw Errors.runtimeError("no active frame");
        }
        return found;
    }

    /**
     * dir(obj): the names reachable on obj (its own attributes, then its class chain's); dir() is the caller's
     * globals' names. MicroPython lists in its qstr order, which depends on its build, so scripts sort the result.
     */
    @Builtin(name = "dir", minArgs = 0, maxArgs = 1)
    public static Object dir(Object[] a) {
        java.util.LinkedHashSet<Object> names = new java.util.LinkedHashSet<>();
        if (a.length == 0) {
            names.addAll(callerGlobals().storage().keys());
            return new PyList(new java.util.ArrayList<>(names));
        }
        Object o = a[0];
        if (o instanceof org.mpyjvm.language.runtime.PyModule m) {
            names.addAll(m.getGlobals().storage().keys());
        } else {
            if (o instanceof org.mpyjvm.language.runtime.PyInstance inst) {
                names.addAll(java.util.Arrays.asList(
                    com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getKeyArray(inst)));
            }
            PyClass start = o instanceof PyClass c ? c : PyOps.typeOf(o);
            for (PyClass c : start.getMro()) {
                names.addAll(c.getDict().keySet());
            }
        }
        return new PyList(new java.util.ArrayList<>(names));
    }

    @Builtin(name = "input", minArgs = 0, maxArgs = 1)
    public static Object input(Object[] a) {
        MpyContext ctx = context();
        if (a.length > 0) {
            ctx.getOut().print(PyOps.str(a[0]));
        }
        ctx.getOut().flush();
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((c = ctx.getEnv().in().read()) >= 0 && c != '\n') {
                sb.append((char) c);
            }
            if (c < 0 && sb.length() == 0) {
                throw Errors.create(BuiltinTypes.EOF_ERROR, null);
            }
        } catch (java.io.IOException e) {
            throw Errors.create(BuiltinTypes.OS_ERROR, e.getMessage());
        }
        return sb.toString();
    }

    @Builtin(name = "__import__", minArgs = 1, maxArgs = 5)
    public static Object importFunction(Object[] a) {
        // __import__(name, globals, locals, fromlist, level): relative to globals' package when level > 0; the
        // top-level package of a dotted name unless a fromlist asks for the module itself
        org.mpyjvm.language.imports.Importer importer = context().getImporter();
        String name = (String) a[0];
        int level = a.length > 4 ? (int) PyOps.asLong(a[4]) : 0;
        String full = level > 0 && a[1] instanceof PyDict globals ? importer.resolveRelative(name, level, globals)
            : name;
        Object module = importer.importModule(full);
        if (a.length > 3 && PyOps.isTrue(a[3]) || full.indexOf('.') < 0) {
            return module;
        }
        return importer.importModule(full.substring(0, full.indexOf('.')));
    }
}

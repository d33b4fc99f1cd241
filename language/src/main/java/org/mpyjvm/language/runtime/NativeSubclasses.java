package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mpyjvm.language.errors.Errors;

/**
 * The rules of py/objtype.c for user classes with a builtin base other than object: a special method defined in
 * a user class of the MRO wins; otherwise the operation is the native type's, applied to the native part
 * ({@link PyNativeSubclassInstance#nativeValue()}). An instance as the <em>other</em> operand of a native operation
 * is not unwrapped, so {@code [0] + Stack([1])} fails as it does on a board.
 */
public final class NativeSubclasses {
    private NativeSubclasses() {
    }

    /**
     * MicroPython's native_base_init_wrapper: what {@code super().__init__(...)} finds on a native base, and the
     * native part of an instance until the base's constructor has run (so such an instance prints as
     * {@code <function>}, as on a board when a user {@code __new__} skipped it).
     */
    public static final PyBuiltinFunction PENDING_NATIVE_INIT = new PyBuiltinFunction("__init__", 1,
        Integer.MAX_VALUE, true, (args, kw) -> {
            if (args[0] instanceof PyNativeSubclassInstance inst) {
                Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
                inst.setNativeValue(constructNative(inst.getPyClass(), rest, kw));
            }
            return PyNone.INSTANCE;
        });

    /** The native part of {@code o} when it is an instance of a native subclass, else {@code o} itself. */
    public static Object nativeOf(Object o) {
        return o instanceof PyNativeSubclassInstance inst ? inst.nativeValue() : o;
    }

    /** Builds the native part from the constructor arguments, with the native base's own constructor. */
    @TruffleBoundary
    public static Object constructNative(PyClass cls, Object[] args, PyKeywords keywords) {
        return Instantiation.constructorOf(cls.getLayoutBase()).invoke(args, keywords);
    }

    /**
     * A special method ({@code __len__}, {@code __add__}, ...) defined by a user class that comes before the native
     * base in the MRO, or null: from the native base on, the native type's own operation applies.
     */
    @TruffleBoundary
    public static Object userSpecial(PyClass cls, String name) {
        for (PyClass c : cls.getMro()) {
            if (c.isBuiltin()) {
                return null;
            }
            Object v = c.getDict().get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * Whether the native base is a number type, which has no item access, iteration or containment of its own:
     * {@code Flags(3)[0]} then fails naming the subclass, as for any instance without the operation.
     */
    public static boolean isScalarBase(PyClass cls) {
        PyClass base = cls.getLayoutBase();
        return base == BuiltinTypes.INT || base == BuiltinTypes.FLOAT || base == BuiltinTypes.COMPLEX
            || base == BuiltinTypes.BOOL;
    }

    /**
     * {@code a != b} with a native subclass instance on either side: its user {@code __ne__}, else the native
     * inequality. A user {@code __eq__} is not consulted, so it does not make {@code !=} its negation.
     */
    @TruffleBoundary
    public static boolean notEqual(Object a, Object b) {
        PyNativeSubclassInstance inst = a instanceof PyNativeSubclassInstance x ? x : (PyNativeSubclassInstance) b;
        Object other = inst == a ? b : a;
        Object ne = userSpecial(inst.getPyClass(), "__ne__");
        if (ne != null) {
            return PyOps.isTrue(PyOps.callMethod(ne, inst, other));
        }
        return PyOps.notEqual(inst.nativeValue(), other);
    }

    /** Whether {@code name} resolves on a builtin class other than object, so it binds to the native part. */
    @TruffleBoundary
    public static boolean isNativeAttribute(PyClass cls, String name) {
        for (PyClass c : cls.getMro()) {
            if (c.getDict().containsKey(name)) {
                return c.isBuiltin() && c != BuiltinTypes.OBJECT;
            }
        }
        return false;
    }

    /** The receiver for a native method: the native part, which must have been built by then. */
    public static Object nativeReceiver(PyNativeSubclassInstance inst) {
        if (inst.isNativePending()) {
            throw Errors.create(BuiltinTypes.ATTRIBUTE_ERROR, "call super().__init__() first");
        }
        return inst.nativeValue();
    }

    /**
     * py/objtype.c's check when a class is created: at most one native base among all bases (counted through user
     * bases, each builtin base other than object counting once), and only types with a constructor can be bases.
     */
    @TruffleBoundary
    public static void checkBases(PyClass[] bases) {
        int natives = 0;
        for (PyClass b : bases) {
            if (b.isBuiltin() && b != BuiltinTypes.OBJECT && !b.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)
                && Instantiation.constructorOf(b) == null) {
                throw Errors.typeError("type '" + b.getName() + "' isn't an acceptable base type");
            }
            natives += countNativeBases(b);
        }
        if (natives > 1) {
            throw Errors.typeError("multiple bases have instance lay-out conflict");
        }
    }

    private static int countNativeBases(PyClass c) {
        if (c.isBuiltin()) {
            return c == BuiltinTypes.OBJECT ? 0 : 1;
        }
        int n = 0;
        for (PyClass b : c.getBases()) {
            n += countNativeBases(b);
        }
        return n;
    }
}

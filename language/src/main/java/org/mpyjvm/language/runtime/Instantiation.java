package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mpyjvm.language.errors.Errors;

/** Calling a class: builtin constructors, or a new instance then {@code __init__} for user classes. */
public final class Instantiation {
    private Instantiation() {
    }

    /** Constructors of builtin types, registered by the builtins at start-up (int, str, list, ...). */
    private static final java.util.Map<PyClass, PyBuiltinFunction> CONSTRUCTORS = new java.util.HashMap<>();

    public static void registerConstructor(PyClass type, PyBuiltinFunction constructor) {
        CONSTRUCTORS.put(type, constructor);
    }

    /** The constructor of a builtin type, or null when it has none (function, slice, NoneType, ...). */
    public static PyBuiltinFunction constructorOf(PyClass type) {
        return CONSTRUCTORS.get(type);
    }

    @TruffleBoundary
    public static Object instantiate(PyClass cls, Object[] args, PyKeywords keywords) {
        if (cls.isBuiltin()) {
            PyBuiltinFunction ctor = CONSTRUCTORS.get(cls);
            if (ctor != null) {
                return ctor.invoke(args, keywords);
            }
            if (cls.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
                if (keywords != null && !keywords.isEmpty()) {
                    throw Errors.typeError("function doesn't take keyword arguments");
                }
                return new PyBaseException(cls, new PyTuple(args));
            }
            if (cls == BuiltinTypes.OBJECT) {
                return new PyInstance(cls);
            }
            throw Errors.typeError("can't create '" + cls.getName() + "' instances");
        }
        if (hasNativeLayout(cls)) {
            return instantiateNativeSubclass(cls, args, keywords);
        }
        Object newMethod = cls.lookup("__new__");
        Object instance;
        if (newMethod != null && !(newMethod instanceof PyBuiltinFunction)) {
            Object fn = newMethod instanceof PyDescriptors.StaticMethod sm ? sm.function() : newMethod;
            Object[] full = new Object[args.length + 1];
            full[0] = cls;
            System.arraycopy(args, 0, full, 1, args.length);
            instance = PyOps.call(fn, full, keywords);
            if (!PyOps.typeOf(instance).isSubclassOf(cls)) {
                return instance;
            }
        } else if (cls.getLayoutBase().isSubclassOf(BuiltinTypes.TUPLE)
            && cls.getLayoutBase() != BuiltinTypes.TUPLE && CONSTRUCTORS.containsKey(cls.getLayoutBase())) {
            // a user subclass of a namedtuple: the namedtuple's constructor fills it, the subclass is its type
            PyTuple base = (PyTuple) CONSTRUCTORS.get(cls.getLayoutBase()).invoke(args, keywords);
            instance = new PyTuple(cls, base.items());
        } else {
            instance = allocate(cls, args);
        }
        Object init = cls.lookup("__init__");
        if (init != null && !(init instanceof PyBuiltinFunction)) {
            callInit(init, instance, args, keywords);
        }
        return instance;
    }

    private static void callInit(Object init, Object instance, Object[] args, PyKeywords keywords) {
        Object[] full = new Object[args.length + 1];
        full[0] = instance;
        System.arraycopy(args, 0, full, 1, args.length);
        Object r = PyOps.call(init, full, keywords);
        if (r != PyNone.INSTANCE) {
            throw Errors.typeError("__init__() should return None");
        }
    }

    /** A user class built on a builtin type other than object, an exception or a namedtuple. */
    private static boolean hasNativeLayout(PyClass cls) {
        PyClass layout = cls.getLayoutBase();
        return layout != BuiltinTypes.OBJECT && layout != cls && !layout.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)
            && !(layout.isSubclassOf(BuiltinTypes.TUPLE) && layout != BuiltinTypes.TUPLE);
    }

    /**
     * py/objtype.c's mp_obj_instance_make_new for a native base: a user {@code __new__} makes the instance (and
     * then nothing builds the native part, as on a board); otherwise a blank instance, the user {@code __init__}
     * (which may call {@code super().__init__(...)}), and the native constructor with the call's arguments when
     * the native part is still not built.
     */
    private static Object instantiateNativeSubclass(PyClass cls, Object[] args, PyKeywords keywords) {
        Object newMethod = NativeSubclasses.userSpecial(cls, "__new__");
        Object instance;
        boolean blank = newMethod == null;
        if (blank) {
            instance = new PyNativeSubclassInstance(cls);
        } else {
            Object fn = newMethod instanceof PyDescriptors.StaticMethod sm ? sm.function() : newMethod;
            Object[] full = new Object[args.length + 1];
            full[0] = cls;
            System.arraycopy(args, 0, full, 1, args.length);
            instance = PyOps.call(fn, full, keywords);
            if (PyOps.typeOf(instance) != cls) {
                return instance;
            }
        }
        Object init = NativeSubclasses.userSpecial(cls, "__init__");
        if (init != null) {
            callInit(init, instance, args, keywords);
        }
        if (blank && instance instanceof PyNativeSubclassInstance inst && inst.isNativePending()) {
            inst.setNativeValue(NativeSubclasses.constructNative(cls, args, keywords));
        }
        return instance;
    }

    /** object.__new__: an empty instance with the layout of the class's builtin base. */
    public static Object allocate(PyClass cls, Object[] args) {
        if (cls.getLayoutBase().isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            return new PyBaseException(cls, new PyTuple(args));
        }
        if (hasNativeLayout(cls)) {
            return new PyNativeSubclassInstance(cls);
        }
        return new PyInstance(cls);
    }
}

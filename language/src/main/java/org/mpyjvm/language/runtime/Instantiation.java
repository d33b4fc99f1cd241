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
            && CONSTRUCTORS.containsKey(cls.getLayoutBase())) {
            // a user subclass of a namedtuple: the namedtuple's constructor fills it, the subclass is its type
            PyTuple base = (PyTuple) CONSTRUCTORS.get(cls.getLayoutBase()).invoke(args, keywords);
            instance = new PyTuple(cls, base.items());
        } else {
            instance = allocate(cls, args);
        }
        Object init = cls.lookup("__init__");
        if (init != null && !(init instanceof PyBuiltinFunction)) {
            Object[] full = new Object[args.length + 1];
            full[0] = instance;
            System.arraycopy(args, 0, full, 1, args.length);
            Object r = PyOps.call(init, full, keywords);
            if (r != PyNone.INSTANCE) {
                throw Errors.typeError("__init__() should return None");
            }
        }
        return instance;
    }

    /** object.__new__: an empty instance with the layout of the class's builtin base. */
    public static Object allocate(PyClass cls, Object[] args) {
        if (cls.getLayoutBase().isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            return new PyBaseException(cls, new PyTuple(args));
        }
        if (cls.getLayoutBase() != BuiltinTypes.OBJECT) {
            throw Errors.notImplemented("subclassing builtin type '" + cls.getLayoutBase().getName() + "'");
        }
        return new PyInstance(cls);
    }
}

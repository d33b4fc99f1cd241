package org.mpyjvm.language.builtins;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyGenerator;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;

/** The methods of generator objects: send, throw, close (and the iterator protocol's __next__). */
public final class GeneratorMethods {
    private GeneratorMethods() {
    }

    private static PyGenerator self(Object o) {
        if (!(o instanceof PyGenerator g)) {
            throw Errors.typeError("argument has wrong type");
        }
        return g;
    }

    @Builtin(name = "send", minArgs = 2)
    public static Object send(Object[] a) {
        return self(a[0]).send(a[1]);
    }

    @Builtin(name = "__next__", minArgs = 1)
    public static Object next(Object[] a) {
        return self(a[0]).send(org.mpyjvm.language.runtime.PyNone.INSTANCE);
    }

    /** {@code throw(exc)}; the CPython 3-argument form passes the value as the second argument. */
    @Builtin(name = "throw", minArgs = 2, maxArgs = 4)
    public static Object throwInto(Object[] a) {
        Object exc = a.length > 2 && a[2] != org.mpyjvm.language.runtime.PyNone.INSTANCE ? a[2] : a[1];
        return self(a[0]).throwInto(PyOps.toException(exc));
    }

    @Builtin(name = "close", minArgs = 1)
    public static Object close(Object[] a) {
        return self(a[0]).close();
    }

    private static boolean installed;

    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        for (var e : BuiltinRegistry.functionsOf(GeneratorMethods.class, null).entrySet()) {
            BuiltinTypes.GENERATOR.getDict().put(e.getKey(), e.getValue());
        }
    }
}

package org.mpyjvm.language.builtins.modules;

import org.mpyjvm.language.builtins.BuiltinRegistry;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BufferProvider;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/** array: the array class ({@link PyArray}) with append and extend; its repr is {@code array('i', [1, 2])}. */
@BuiltinModule("array")
public final class ArrayModule implements ModuleDefinition {
    static final PyClass ARRAY = BuiltinRegistry.nativeClass("array", Methods.class, (args, kw) -> {
        if (!(args[0] instanceof String code) || code.length() != 1) {
            throw Errors.valueError("bad typecode");
        }
        PyArray a = new PyArray(ArrayModule.ARRAY, code.charAt(0));
        if (args.length > 1) {
            extendFrom(a, args[1]);
        }
        return a;
    }, 1, 2, false);

    @Override
    public void initialize(ModuleSetup setup) {
        setup.setAttribute("array", ARRAY);
    }

    /** An iterable of items; bytes and bytearray initialise from their raw bytes, as MicroPython does. */
    static void extendFrom(PyArray a, Object source) {
        if (source instanceof BufferProvider && !(source instanceof PyArray other && other.typecode() != a.typecode())
            && !(source instanceof org.mpyjvm.language.runtime.PyMemoryView)) {
            a.appendBytes(PyOps.bytesOf(source));
            return;
        }
        Object it = PyOps.iter(source);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            a.append(v);
        }
    }

    /** The array's methods. */
    public static final class Methods {
        private Methods() {
        }

        @Builtin(name = "append", minArgs = 2)
        public static Object append(Object[] a) {
            ((PyArray) a[0]).append(a[1]);
            return PyNone.INSTANCE;
        }

        @Builtin(name = "__repr__", minArgs = 1)
        public static Object repr(Object[] a) {
            return ((PyArray) a[0]).repr();
        }

        @Builtin(name = "extend", minArgs = 2)
        public static Object extend(Object[] a) {
            extendFrom((PyArray) a[0], a[1]);
            return PyNone.INSTANCE;
        }
    }
}

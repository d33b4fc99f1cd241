package org.mpyjvm.language.runtime;

import org.mpyjvm.language.errors.Errors;

/**
 * MicroPython's check on a new class's bases: an instance can carry the layout of only one built-in type, so the
 * bases may reach at most one built-in type other than {@code object}. Built-in types are counted once per path
 * that reaches them (as MicroPython does), so {@code class C(KeyError, LookupError)} or two user exception classes
 * used together as bases are refused too.
 */
public final class NativeBases {
    private NativeBases() {
    }

    public static void check(PyClass[] bases) {
        if (count(bases) > 1) {
            throw Errors.typeError("multiple bases have instance lay-out conflict");
        }
    }

    private static int count(PyClass[] bases) {
        int n = 0;
        for (PyClass base : bases) {
            if (base == BuiltinTypes.OBJECT) {
                continue;
            }
            n += base.isBuiltin() ? 1 : count(base.getBases());
        }
        return n;
    }
}

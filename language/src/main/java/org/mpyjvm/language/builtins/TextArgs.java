package org.mpyjvm.language.builtins;

import org.mpyjvm.language.runtime.PyByteArray;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyMemoryView;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.text.TextErrors;

/** Argument conversions shared by the str and bytes methods, with MicroPython's TypeError texts. */
final class TextArgs {
    private TextArgs() {
    }

    /** A str argument of a str method. */
    static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw TextErrors.implicitConversion(PyOps.typeName(o), false);
    }

    /** A str argument that may be None (split's separator): null for None. */
    static String strOrNull(Object o) {
        return o == PyNone.INSTANCE ? null : str(o);
    }

    /** An optional int argument (start, end): null when absent or None. */
    static Long optLong(Object[] a, int i) {
        return i < a.length && a[i] != PyNone.INSTANCE ? PyOps.asLong(a[i]) : null;
    }

    /** The data of a bytes or bytearray receiver. */
    static byte[] self(Object o) {
        return PyOps.bytesOf(o);
    }

    /** A bytes-like argument of a bytes method: bytes only, as in MicroPython (a str says "to bytes"). */
    static byte[] bytes(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        throw TextErrors.implicitConversion(PyOps.typeName(o), o instanceof String);
    }

    /** bytes or str data (a str as UTF-8): py/objstr.c reads startswith/endswith's argument with mp_obj_str_get_data. */
    static byte[] bytesOrStr(Object o) {
        if (o instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return bytes(o);
    }

    /** Any buffer (bytes, bytearray, memoryview) where MicroPython accepts one (join items, replace). */
    static byte[] buffer(Object o) {
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView) {
            return PyOps.bytesOf(o);
        }
        throw TextErrors.implicitConversion(PyOps.typeName(o), o instanceof String);
    }

    /**
     * startswith/endswith's argument: one candidate, or a tuple tried in order, each converted only when reached
     * (so {@code 'abc'.startswith(('a', 1))} is True, as in MicroPython).
     */
    static boolean anyCandidate(Object arg, java.util.function.Predicate<Object> matches) {
        Object[] candidates = arg instanceof org.mpyjvm.language.runtime.PyTuple t ? t.items() : new Object[]{arg};
        for (Object c : candidates) {
            if (matches.test(c)) {
                return true;
            }
        }
        return false;
    }

    /** A result of the receiver's own type: bytes stays bytes, bytearray stays bytearray. */
    static Object sameType(Object self, byte[] data) {
        return self instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
    }
}

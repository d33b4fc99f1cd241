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

    /** Any buffer (bytes, bytearray, memoryview) where MicroPython accepts one (join items, replace). */
    static byte[] buffer(Object o) {
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView) {
            return PyOps.bytesOf(o);
        }
        throw TextErrors.implicitConversion(PyOps.typeName(o), o instanceof String);
    }

    /** A result of the receiver's own type: bytes stays bytes, bytearray stays bytearray. */
    static Object sameType(Object self, byte[] data) {
        return self instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
    }
}

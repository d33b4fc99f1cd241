package org.mpyjvm.stdlib.bridge;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;

/** Argument conversions for Java builtins, with MicroPython's error texts. */
public final class Args {
    private Args() {
    }

    public static long toLong(Object o) {
        return PyOps.asLong(o);
    }

    public static int toInt(Object o) {
        long v = PyOps.asLong(o);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw Errors.overflowError("overflow converting long int to machine word");
        }
        return (int) v;
    }

    /** A path argument: str, or bytes (decoded as UTF-8; the caller remembers to answer in bytes). */
    public static String path(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw Errors.typeError("can't convert '" + PyOps.typeName(o) + "' object to str implicitly");
    }

    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw Errors.typeError("can't convert '" + PyOps.typeName(o) + "' object to str implicitly");
    }

    public static boolean truth(Object o) {
        return o != null && PyOps.isTrue(o);
    }

    /** A keyword's value or {@code fallback}. */
    public static Object keyword(PyKeywords kw, String name, Object fallback) {
        Object v = kw == null ? null : kw.get(name);
        return v == null ? fallback : v;
    }

    /** Rejects keywords other than {@code allowed}, as MicroPython's argument parser does. */
    public static void onlyKeywords(PyKeywords kw, String... allowed) {
        if (kw == null) {
            return;
        }
        outer:
        for (String n : kw.names()) {
            for (String a : allowed) {
                if (a.equals(n)) {
                    continue outer;
                }
            }
            throw Errors.typeError("unexpected keyword argument '" + n + "'");
        }
    }

    public static boolean isNone(Object o) {
        return o == null || o == PyNone.INSTANCE;
    }
}

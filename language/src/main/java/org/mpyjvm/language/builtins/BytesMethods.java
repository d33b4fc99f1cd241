package org.mpyjvm.language.builtins;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyByteArray;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.text.ByteText;
import org.mpyjvm.language.text.BytesText;
import org.mpyjvm.language.text.TextErrors;
import org.mpyjvm.language.text.Utf8;

/**
 * bytes' and bytearray's methods (the str set with decode for encode, plus hex/fromhex; bytearray adds append and
 * extend in {@link Mutating}), over lang-pure's byte cores. {@code args[0]} is self; results keep self's type.
 */
public final class BytesMethods {
    private BytesMethods() {
    }

    private static Object same(Object[] a, byte[] data) {
        return TextArgs.sameType(a[0], data);
    }

    private static PyList list(Object self, List<byte[]> parts) {
        List<Object> out = new ArrayList<>(parts.size());
        for (byte[] p : parts) {
            out.add(TextArgs.sameType(self, p));
        }
        return new PyList(out);
    }

    @Builtin(name = "decode", minArgs = 1, maxArgs = 3)
    public static Object decode(Object[] a) {
        return Utf8.decode(TextArgs.self(a[0]));
    }

    @Builtin(name = "find", minArgs = 2, maxArgs = 4)
    public static Object find(Object[] a) {
        return search(a, false, false);
    }

    @Builtin(name = "rfind", minArgs = 2, maxArgs = 4)
    public static Object rfind(Object[] a) {
        return search(a, true, false);
    }

    @Builtin(name = "index", minArgs = 2, maxArgs = 4)
    public static Object index(Object[] a) {
        return search(a, false, true);
    }

    @Builtin(name = "rindex", minArgs = 2, maxArgs = 4)
    public static Object rindex(Object[] a) {
        return search(a, true, true);
    }

    private static long search(Object[] a, boolean fromRight, boolean raise) {
        return BytesText.find(TextArgs.self(a[0]), TextArgs.bytes(a[1]), TextArgs.optLong(a, 2),
            TextArgs.optLong(a, 3), fromRight, raise);
    }

    @Builtin(name = "count", minArgs = 2, maxArgs = 4)
    public static Object count(Object[] a) {
        return BytesText.count(TextArgs.self(a[0]), TextArgs.bytes(a[1]), TextArgs.optLong(a, 2),
            TextArgs.optLong(a, 3));
    }

    @Builtin(name = "split", minArgs = 1, maxArgs = 3)
    public static Object split(Object[] a) {
        byte[] sep = a.length > 1 && a[1] != PyNone.INSTANCE ? TextArgs.bytes(a[1]) : null;
        return list(a[0], ByteText.split(TextArgs.self(a[0]), sep, a.length > 2 ? PyOps.asLong(a[2]) : -1));
    }

    @Builtin(name = "rsplit", minArgs = 1, maxArgs = 3)
    public static Object rsplit(Object[] a) {
        byte[] sep = a.length > 1 && a[1] != PyNone.INSTANCE ? TextArgs.bytes(a[1]) : null;
        return list(a[0], ByteText.rsplit(TextArgs.self(a[0]), sep, a.length > 2 ? PyOps.asLong(a[2]) : -1));
    }

    @Builtin(name = "splitlines", minArgs = 1, maxArgs = 2, keywords = true)
    public static Object splitlines(Object[] a, PyKeywords kw) {
        Object keep = a.length > 1 ? a[1] : kw.get("keepends");
        return list(a[0], ByteText.splitlines(TextArgs.self(a[0]), keep != null && PyOps.isTrue(keep)));
    }

    @Builtin(name = "strip", minArgs = 1, maxArgs = 2)
    public static Object strip(Object[] a) {
        return same(a, ByteText.strip(TextArgs.self(a[0]), a.length > 1 ? TextArgs.bytes(a[1]) : null, true, true));
    }

    @Builtin(name = "lstrip", minArgs = 1, maxArgs = 2)
    public static Object lstrip(Object[] a) {
        return same(a, ByteText.strip(TextArgs.self(a[0]), a.length > 1 ? TextArgs.bytes(a[1]) : null, true, false));
    }

    @Builtin(name = "rstrip", minArgs = 1, maxArgs = 2)
    public static Object rstrip(Object[] a) {
        return same(a, ByteText.strip(TextArgs.self(a[0]), a.length > 1 ? TextArgs.bytes(a[1]) : null, false, true));
    }

    @Builtin(name = "replace", minArgs = 3, maxArgs = 4)
    public static Object replace(Object[] a) {
        return same(a, ByteText.replace(TextArgs.self(a[0]), TextArgs.buffer(a[1]), TextArgs.buffer(a[2]),
            a.length > 3 ? PyOps.asLong(a[3]) : -1, null));
    }

    @Builtin(name = "startswith", minArgs = 2, maxArgs = 4)
    public static Object startswith(Object[] a) {
        return affix(a, true);
    }

    @Builtin(name = "endswith", minArgs = 2, maxArgs = 4)
    public static Object endswith(Object[] a) {
        return affix(a, false);
    }

    private static boolean affix(Object[] a, boolean start) {
        Long from = TextArgs.optLong(a, 2);
        Long to = TextArgs.optLong(a, 3);
        byte[] self = TextArgs.self(a[0]);
        return TextArgs.anyCandidate(a[1], c -> start ? BytesText.startswith(self, TextArgs.bytesOrStr(c), from, to)
            : BytesText.endswith(self, TextArgs.bytesOrStr(c), from, to));
    }

    @Builtin(name = "partition", minArgs = 2)
    public static Object partition(Object[] a) {
        return parts(a, ByteText.partition(TextArgs.self(a[0]), TextArgs.bytes(a[1]), false));
    }

    @Builtin(name = "rpartition", minArgs = 2)
    public static Object rpartition(Object[] a) {
        return parts(a, ByteText.partition(TextArgs.self(a[0]), TextArgs.bytes(a[1]), true));
    }

    private static Object parts(Object[] a, byte[][] p) {
        return PyTuple.of(same(a, p[0]), same(a, p[1]), same(a, p[2]));
    }

    @Builtin(name = "center", minArgs = 2)
    public static Object center(Object[] a) {
        return same(a, ByteText.center(TextArgs.self(a[0]), PyOps.asLong(a[1])));
    }

    @Builtin(name = "upper", minArgs = 1)
    public static Object upper(Object[] a) {
        return same(a, ByteText.upper(TextArgs.self(a[0])));
    }

    @Builtin(name = "lower", minArgs = 1)
    public static Object lower(Object[] a) {
        return same(a, ByteText.lower(TextArgs.self(a[0])));
    }

    @Builtin(name = "isdigit", minArgs = 1)
    public static Object isdigit(Object[] a) {
        return ByteText.isDigit(TextArgs.self(a[0]));
    }

    @Builtin(name = "isalpha", minArgs = 1)
    public static Object isalpha(Object[] a) {
        return ByteText.isAlpha(TextArgs.self(a[0]));
    }

    @Builtin(name = "isspace", minArgs = 1)
    public static Object isspace(Object[] a) {
        return ByteText.isSpace(TextArgs.self(a[0]));
    }

    @Builtin(name = "isupper", minArgs = 1)
    public static Object isupper(Object[] a) {
        return ByteText.isUpper(TextArgs.self(a[0]));
    }

    @Builtin(name = "islower", minArgs = 1)
    public static Object islower(Object[] a) {
        return ByteText.isLower(TextArgs.self(a[0]));
    }

    @Builtin(name = "join", minArgs = 2)
    public static Object join(Object[] a) {
        List<byte[]> items = new ArrayList<>();
        Object it = PyOps.iter(a[1]);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            if (!(v instanceof PyBytes || v instanceof PyByteArray)) {
                throw TextErrors.joinMismatch();
            }
            items.add(PyOps.bytesOf(v));
        }
        return same(a, ByteText.join(TextArgs.self(a[0]), items));
    }

    /** hex([sep]): a str, except that empty data gives b'' as in MicroPython. */
    @Builtin(name = "hex", minArgs = 1, maxArgs = 2)
    public static Object hex(Object[] a) {
        byte[] data = TextArgs.self(a[0]);
        if (data.length == 0) {
            return PyBytes.EMPTY;
        }
        return ByteText.hex(data, a.length > 1 ? PyOps.str(a[1]) : null);
    }

    /** bytes.fromhex(text), installed as a classmethod: {@code args[0]} is the class. */
    @Builtin(name = "fromhex", minArgs = 2)
    public static Object fromhex(Object[] a) {
        byte[] data = ByteText.fromHex(TextArgs.str(a[1]));
        return a[0] instanceof PyClass c && c.getName().equals("bytearray") ? new PyByteArray(data)
            : new PyBytes(data);
    }

    /** What bytearray adds. */
    public static final class Mutating {
        private Mutating() {
        }

        @Builtin(name = "append", minArgs = 2)
        public static Object append(Object[] a) {
            // py/objarray.c stores the low 8 bits, as item assignment does: append(256) appends 0
            ((PyByteArray) a[0]).append((int) (PyOps.asLong(a[1]) & 0xff));
            return PyNone.INSTANCE;
        }

        @Builtin(name = "extend", minArgs = 2)
        public static Object extend(Object[] a) {
            if (!(a[1] instanceof org.mpyjvm.language.runtime.BufferProvider)) {
                for (Object v : PyOps.toList(a[1])) {
                    append(new Object[]{a[0], v});
                }
                return PyNone.INSTANCE;
            }
            ((PyByteArray) a[0]).extend(PyOps.bytesOf(a[1]));
            return PyNone.INSTANCE;
        }
    }
}

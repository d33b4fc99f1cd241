package org.mpyjvm.language.builtins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.runtime.ValueFormat;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.text.StrText;
import org.mpyjvm.language.text.TextErrors;

/**
 * str's methods: exactly the set MicroPython 1.27 has (see {@link StrText}), converting arguments and handing the
 * work to lang-pure's text cores. {@code args[0]} is self.
 */
public final class StrMethods {
    private StrMethods() {
    }

    private static String self(Object o) {
        return (String) o;
    }

    private static PyList strList(List<String> parts) {
        return new PyList(new ArrayList<Object>(parts));
    }

    @Builtin(name = "find", minArgs = 2, maxArgs = 4)
    public static Object find(Object[] a) {
        return StrText.find(self(a[0]), TextArgs.str(a[1]), TextArgs.optLong(a, 2), TextArgs.optLong(a, 3));
    }

    @Builtin(name = "rfind", minArgs = 2, maxArgs = 4)
    public static Object rfind(Object[] a) {
        return StrText.rfind(self(a[0]), TextArgs.str(a[1]), TextArgs.optLong(a, 2), TextArgs.optLong(a, 3));
    }

    @Builtin(name = "index", minArgs = 2, maxArgs = 4)
    public static Object index(Object[] a) {
        return StrText.index(self(a[0]), TextArgs.str(a[1]), TextArgs.optLong(a, 2), TextArgs.optLong(a, 3));
    }

    @Builtin(name = "rindex", minArgs = 2, maxArgs = 4)
    public static Object rindex(Object[] a) {
        return StrText.rindex(self(a[0]), TextArgs.str(a[1]), TextArgs.optLong(a, 2), TextArgs.optLong(a, 3));
    }

    @Builtin(name = "count", minArgs = 2, maxArgs = 4)
    public static Object count(Object[] a) {
        return StrText.count(self(a[0]), TextArgs.str(a[1]), TextArgs.optLong(a, 2), TextArgs.optLong(a, 3));
    }

    @Builtin(name = "split", minArgs = 1, maxArgs = 3)
    public static Object split(Object[] a) {
        String sep = a.length > 1 ? TextArgs.strOrNull(a[1]) : null;
        return strList(StrText.split(self(a[0]), sep, a.length > 2 ? PyOps.asLong(a[2]) : -1));
    }

    @Builtin(name = "rsplit", minArgs = 1, maxArgs = 3)
    public static Object rsplit(Object[] a) {
        String sep = a.length > 1 ? TextArgs.strOrNull(a[1]) : null;
        return strList(StrText.rsplit(self(a[0]), sep, a.length > 2 ? PyOps.asLong(a[2]) : -1));
    }

    @Builtin(name = "splitlines", minArgs = 1, maxArgs = 2, keywords = true)
    public static Object splitlines(Object[] a, PyKeywords kw) {
        Object keep = a.length > 1 ? a[1] : kw.get("keepends");
        return strList(StrText.splitlines(self(a[0]), keep != null && PyOps.isTrue(keep)));
    }

    @Builtin(name = "strip", minArgs = 1, maxArgs = 2)
    public static Object strip(Object[] a) {
        return StrText.strip(self(a[0]), a.length > 1 ? TextArgs.str(a[1]) : null, true, true);
    }

    @Builtin(name = "lstrip", minArgs = 1, maxArgs = 2)
    public static Object lstrip(Object[] a) {
        return StrText.strip(self(a[0]), a.length > 1 ? TextArgs.str(a[1]) : null, true, false);
    }

    @Builtin(name = "rstrip", minArgs = 1, maxArgs = 2)
    public static Object rstrip(Object[] a) {
        return StrText.strip(self(a[0]), a.length > 1 ? TextArgs.str(a[1]) : null, false, true);
    }

    @Builtin(name = "replace", minArgs = 3, maxArgs = 4)
    public static Object replace(Object[] a) {
        return StrText.replace(self(a[0]), TextArgs.str(a[1]), TextArgs.str(a[2]),
            a.length > 3 ? PyOps.asLong(a[3]) : -1);
    }

    @Builtin(name = "startswith", minArgs = 2, maxArgs = 4)
    public static Object startswith(Object[] a) {
        return affix(a, true);
    }

    @Builtin(name = "endswith", minArgs = 2, maxArgs = 4)
    public static Object endswith(Object[] a) {
        return affix(a, false);
    }

    /** startswith/endswith; a tuple is tried item by item, each converted only when reached. */
    private static boolean affix(Object[] a, boolean start) {
        Long from = TextArgs.optLong(a, 2);
        Long to = TextArgs.optLong(a, 3);
        return TextArgs.anyCandidate(a[1], c -> start ? StrText.startswith(self(a[0]), TextArgs.str(c), from, to)
            : StrText.endswith(self(a[0]), TextArgs.str(c), from, to));
    }

    @Builtin(name = "partition", minArgs = 2)
    public static Object partition(Object[] a) {
        return new PyTuple(StrText.partition(self(a[0]), TextArgs.str(a[1]), false).toArray());
    }

    @Builtin(name = "rpartition", minArgs = 2)
    public static Object rpartition(Object[] a) {
        return new PyTuple(StrText.partition(self(a[0]), TextArgs.str(a[1]), true).toArray());
    }

    @Builtin(name = "center", minArgs = 2)
    public static Object center(Object[] a) {
        return StrText.center(self(a[0]), PyOps.asLong(a[1]));
    }

    @Builtin(name = "upper", minArgs = 1)
    public static Object upper(Object[] a) {
        return StrText.upper(self(a[0]));
    }

    @Builtin(name = "lower", minArgs = 1)
    public static Object lower(Object[] a) {
        return StrText.lower(self(a[0]));
    }

    @Builtin(name = "isdigit", minArgs = 1)
    public static Object isdigit(Object[] a) {
        return StrText.isdigit(self(a[0]));
    }

    @Builtin(name = "isalpha", minArgs = 1)
    public static Object isalpha(Object[] a) {
        return StrText.isalpha(self(a[0]));
    }

    @Builtin(name = "isspace", minArgs = 1)
    public static Object isspace(Object[] a) {
        return StrText.isspace(self(a[0]));
    }

    @Builtin(name = "isupper", minArgs = 1)
    public static Object isupper(Object[] a) {
        return StrText.isupper(self(a[0]));
    }

    @Builtin(name = "islower", minArgs = 1)
    public static Object islower(Object[] a) {
        return StrText.islower(self(a[0]));
    }

    @Builtin(name = "join", minArgs = 2)
    public static Object join(Object[] a) {
        List<String> items = new ArrayList<>();
        Object it = PyOps.iter(a[1]);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            if (!(v instanceof String s)) {
                throw TextErrors.joinMismatch();
            }
            items.add(s);
        }
        return StrText.join(self(a[0]), items);
    }

    @Builtin(name = "encode", minArgs = 1, maxArgs = 3)
    public static Object encode(Object[] a) {
        return new PyBytes(StrText.encode(self(a[0])));
    }

    @Builtin(name = "format", minArgs = 1, maxArgs = Integer.MAX_VALUE, keywords = true)
    public static Object format(Object[] a, PyKeywords kw) {
        return ValueFormat.format(self(a[0]), Arrays.asList(a).subList(1, a.length), kw);
    }
}

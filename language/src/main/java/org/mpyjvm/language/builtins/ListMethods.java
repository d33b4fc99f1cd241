package org.mpyjvm.language.builtins;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.ListSort;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.SequenceSearch;
import org.mpyjvm.language.spi.Builtin;

/** list's methods (py/objlist.c), {@code args[0]} is self. */
public final class ListMethods {
    private ListMethods() {
    }

    private static PyList self(Object o) {
        return (PyList) o;
    }

    @Builtin(name = "append", minArgs = 2)
    public static Object append(Object[] a) {
        self(a[0]).add(a[1]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "extend", minArgs = 2)
    public static Object extend(Object[] a) {
        self(a[0]).items().addAll(PyOps.toList(a[1]));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "insert", minArgs = 3)
    public static Object insert(Object[] a) {
        PyList l = self(a[0]);
        long i = PyOps.asLong(a[1]);
        if (i < 0) {
            i += l.size();
        }
        l.items().add((int) Math.max(0, Math.min(l.size(), i)), a[2]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "pop", minArgs = 1, maxArgs = 2)
    public static Object pop(Object[] a) {
        PyList l = self(a[0]);
        if (l.size() == 0) {
            throw Errors.indexError("pop from empty list");
        }
        int i = a.length > 1 ? PyOps.normalizeIndex(a[1], l.size(), "list") : l.size() - 1;
        return l.items().remove(i);
    }

    @Builtin(name = "remove", minArgs = 2)
    public static Object remove(Object[] a) {
        PyList l = self(a[0]);
        for (int i = 0; i < l.size(); i++) {
            if (PyOps.eq(l.get(i), a[1])) {
                l.items().remove(i);
                return PyNone.INSTANCE;
            }
        }
        throw Errors.valueError(Errors.NOT_IN_SEQUENCE);
    }

    @Builtin(name = "index", minArgs = 2, maxArgs = 4)
    public static Object index(Object[] a) {
        return SequenceSearch.index(self(a[0]).items().toArray(), a);
    }

    @Builtin(name = "count", minArgs = 2)
    public static Object count(Object[] a) {
        return SequenceSearch.count(self(a[0]).items().toArray(), a[1]);
    }

    @Builtin(name = "sort", minArgs = 1, maxArgs = Integer.MAX_VALUE, keywords = true)
    public static Object sort(Object[] a, PyKeywords kw) {
        if (a.length > 1) {
            // py/objlist.c parses key and reverse with mp_arg_parse_all: keyword-only, with its own message
            throw Errors.typeError("extra positional arguments given");
        }
        Object reverse = kw.get("reverse");
        ListSort.sort(self(a[0]).items(), kw.get("key"), reverse != null && PyOps.isTrue(reverse));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "reverse", minArgs = 1)
    public static Object reverse(Object[] a) {
        java.util.Collections.reverse(self(a[0]).items());
        return PyNone.INSTANCE;
    }

    @Builtin(name = "copy", minArgs = 1)
    public static Object copy(Object[] a) {
        return new PyList(self(a[0]).items());
    }

    @Builtin(name = "clear", minArgs = 1)
    public static Object clear(Object[] a) {
        self(a[0]).items().clear();
        return PyNone.INSTANCE;
    }
}

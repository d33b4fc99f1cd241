package org.mpyjvm.language.builtins;

import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyDictView;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;

/** dict's methods (py/objdict.c), {@code args[0]} is self. */
public final class DictMethods {
    private DictMethods() {
    }

    private static PyDict self(Object o) {
        return (PyDict) o;
    }

    // py/objdict.c lists these three (MICROPY_CPYTHON_COMPAT), so a dict subclass can reach the native lookup
    @Builtin(name = "__getitem__", minArgs = 2)
    public static Object getItem(Object[] a) {
        return org.mpyjvm.language.runtime.Subscripts.getItem(self(a[0]), a[1]);
    }

    @Builtin(name = "__setitem__", minArgs = 3)
    public static Object setItem(Object[] a) {
        org.mpyjvm.language.runtime.Subscripts.setItem(self(a[0]), a[1], a[2]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "__delitem__", minArgs = 2)
    public static Object deleteItem(Object[] a) {
        org.mpyjvm.language.runtime.Subscripts.deleteItem(self(a[0]), a[1]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "get", minArgs = 2, maxArgs = 3)
    public static Object get(Object[] a) {
        Object v = self(a[0]).get(a[1]);
        return v != null ? v : a.length > 2 ? a[2] : PyNone.INSTANCE;
    }

    @Builtin(name = "keys", minArgs = 1)
    public static Object keys(Object[] a) {
        return new PyDictView(self(a[0]), PyDictView.Kind.KEYS);
    }

    @Builtin(name = "values", minArgs = 1)
    public static Object values(Object[] a) {
        return new PyDictView(self(a[0]), PyDictView.Kind.VALUES);
    }

    @Builtin(name = "items", minArgs = 1)
    public static Object items(Object[] a) {
        return new PyDictView(self(a[0]), PyDictView.Kind.ITEMS);
    }

    @Builtin(name = "pop", minArgs = 2, maxArgs = 3)
    public static Object pop(Object[] a) {
        Object v = self(a[0]).storage().remove(a[1]);
        if (v == null) {
            if (a.length > 2) {
                return a[2];
            }
            throw Errors.keyError(a[1]);
        }
        return v;
    }

    @Builtin(name = "popitem", minArgs = 1)
    public static Object popitem(Object[] a) {
        Object[] e = self(a[0]).storage().popFirst();
        if (e == null) {
            throw Errors.keyError("popitem(): dictionary is empty");
        }
        return PyTuple.of(e[0], e[1]);
    }

    @Builtin(name = "setdefault", minArgs = 2, maxArgs = 3)
    public static Object setdefault(Object[] a) {
        return self(a[0]).storage().putIfAbsent(a[1], a.length > 2 ? a[2] : PyNone.INSTANCE);
    }

    @Builtin(name = "update", minArgs = 1, maxArgs = 2, keywords = true)
    public static Object update(Object[] a, PyKeywords kw) {
        PyDict d = self(a[0]);
        if (a.length > 1) {
            merge(d, a[1]);
        }
        for (int i = 0; i < kw.size(); i++) {
            d.put(kw.names()[i], kw.values()[i]);
        }
        return PyNone.INSTANCE;
    }

    /** dict.update's positional argument: a dict (walked in its order), else an iterable of pairs. */
    static void merge(PyDict d, Object source) {
        if (source instanceof PyDict other) {
            for (Object[] e : other.storage().entries()) {
                d.put(e[0], e[1]);
            }
            return;
        }
        Object it = PyOps.iter(source);
        for (Object item = PyOps.next(it); item != null; item = PyOps.next(it)) {
            List<Object> pair = PyOps.toList(item);
            if (pair.size() != 2) {
                throw Errors.valueError("dict update sequence has wrong length");
            }
            d.put(pair.get(0), pair.get(1));
        }
    }

    @Builtin(name = "copy", minArgs = 1)
    public static Object copy(Object[] a) {
        PyDict d = self(a[0]);
        return new PyDict(d.getPyClass(), d.storage().copy());
    }

    @Builtin(name = "clear", minArgs = 1)
    public static Object clear(Object[] a) {
        self(a[0]).storage().clear();
        return PyNone.INSTANCE;
    }

    /** dict.fromkeys(iterable[, value]), a classmethod: the table starts with len(iterable) slots when known. */
    @Builtin(name = "fromkeys", minArgs = 2, maxArgs = 3)
    public static Object fromkeys(Object[] a) {
        PyClass cls = (PyClass) a[0];
        Object value = a.length > 2 ? a[2] : PyNone.INSTANCE;
        PyDict d;
        if (cls.isSubclassOf(BuiltinTypes.ORDERED_DICT)) {
            d = PyDict.ordered();
        } else {
            d = new PyDict(hasLength(a[1]) ? (int) PyOps.len(a[1]) : 0);
        }
        Object it = PyOps.iter(a[1]);
        for (Object k = PyOps.next(it); k != null; k = PyOps.next(it)) {
            d.put(k, value);
        }
        return d;
    }

    private static boolean hasLength(Object o) {
        return o instanceof String || o instanceof org.mpyjvm.language.runtime.PyList || o instanceof PyTuple
            || o instanceof PyDict || o instanceof org.mpyjvm.language.runtime.PySet
            || o instanceof org.mpyjvm.language.runtime.PyRange || o instanceof org.mpyjvm.language.runtime.PyBytes;
    }
}

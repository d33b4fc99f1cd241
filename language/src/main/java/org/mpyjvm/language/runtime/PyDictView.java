package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * What dict.keys(), values() and items() return: a live view of the dict (MicroPython's one dict_view type, with
 * reprs {@code dict_keys([...])}, {@code dict_values([...])}, {@code dict_items([...])}; no set operations).
 */
public final class PyDictView implements PyObject, PyIterable {
    public enum Kind {
        KEYS("dict_keys"), VALUES("dict_values"), ITEMS("dict_items");

        final String reprName;

        Kind(String reprName) {
            this.reprName = reprName;
        }
    }

    private final PyDict dict;
    private final Kind kind;

    public PyDictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.DICT_VIEW;
    }

    public int size() {
        return dict.size();
    }

    @Override
    public PyIterator iterator() {
        return cursor(dict.storage(), kind);
    }

    /**
     * A cursor over a live table (dict, its views, set), yielding keys, values or (key, value) tuples, as
     * MicroPython's iterators walk: no "changed size" check, keys added meanwhile may or may not be seen.
     */
    static PyIterator cursor(DictStorage storage, Kind kind) {
        return new PyIterator() {
            private int cursor;

            @Override
            public Object nextOrNull() {
                int slot = cursor < 0 ? -1 : storage.nextFilled(cursor);
                if (slot < 0) {
                    cursor = -1;
                    return null;
                }
                cursor = slot + 1;
                return switch (kind) {
                    case KEYS -> storage.keyAt(slot);
                    case VALUES -> storage.valueAt(slot);
                    case ITEMS -> PyTuple.of(storage.keyAt(slot), storage.valueAt(slot));
                };
            }
        };
    }

    @TruffleBoundary
    public boolean contains(Object item) {
        if (kind == Kind.KEYS) {
            return dict.storage().containsKey(item);
        }
        PyIterator it = iterator();
        for (Object v = it.nextOrNull(); v != null; v = it.nextOrNull()) {
            if (PyOps.eq(v, item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public String repr() {
        StringBuilder sb = new StringBuilder(kind.reprName).append("([");
        PyIterator it = iterator();
        boolean first = true;
        for (Object v = it.nextOrNull(); v != null; v = it.nextOrNull()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(PyOps.repr(v));
        }
        return sb.append("])").toString();
    }
}

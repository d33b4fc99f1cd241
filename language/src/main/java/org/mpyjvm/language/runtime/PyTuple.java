package org.mpyjvm.language.runtime;

import java.util.Arrays;

/** An immutable sequence. Java equality follows Python's so tuples work as dict keys. */
public final class PyTuple implements PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    private final PyClass type;
    private final Object[] items;

    public PyTuple(Object[] items) {
        this(BuiltinTypes.TUPLE, items);
    }

    /** A tuple of a tuple subclass (a namedtuple class). */
    public PyTuple(PyClass type, Object[] items) {
        this.type = type;
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return new PyTuple(items);
    }

    @Override
    public PyClass getPyClass() {
        return type;
    }

    public Object[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyTuple other) || other.items.length != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (!PyOps.eq(items[i], other.items[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        long h = 0x345678L;
        for (Object item : items) {
            h = h * 1000003L ^ PyOps.hash(item);
        }
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}

package org.mpyjvm.language.runtime;

import java.util.Iterator;

/** A builtin iterator; {@link #nextOrNull()} returns null when exhausted (null is never a guest value). */
public abstract class PyIterator implements PyObject {
    public abstract Object nextOrNull();

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.ITERATOR;
    }

    /** Adapts a Java iterator (over a snapshot or a lazily computed sequence). */
    public static PyIterator of(Iterator<?> it) {
        return new PyIterator() {
            @Override
            public Object nextOrNull() {
                return it.hasNext() ? it.next() : null;
            }
        };
    }

    /** Walks a list by index, so appends made while iterating are seen, as in Python. */
    public static PyIterator ofList(PyList list) {
        return new PyIterator() {
            private int index;

            @Override
            public Object nextOrNull() {
                return index < list.size() ? list.get(index++) : null;
            }
        };
    }

    public static PyIterator ofRange(PyRange range) {
        return new PyIterator() {
            private long index;
            private final long length = range.length();

            @Override
            public Object nextOrNull() {
                return index < length ? range.get(index++) : null;
            }
        };
    }
}

package org.mpyjvm.language.runtime;

/**
 * set and frozenset; members are the keys of a {@link DictStorage} (py/map.c runs the same table rules for sets as
 * for dicts, so the iteration order is MicroPython's).
 */
public final class PySet implements PyObject {
    private final DictStorage storage;
    private final boolean frozen;

    public PySet(boolean frozen) {
        this(frozen, new DictStorage());
    }

    public PySet(boolean frozen, DictStorage storage) {
        this.frozen = frozen;
        this.storage = storage;
    }

    /** A set whose table starts with {@code initialAlloc} slots (a {@code {a, b, c}} display). */
    public static PySet withAllocation(int initialAlloc) {
        return new PySet(false, new DictStorage(initialAlloc));
    }

    @Override
    public PyClass getPyClass() {
        return frozen ? BuiltinTypes.FROZENSET : BuiltinTypes.SET;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public DictStorage storage() {
        return storage;
    }

    public void add(Object item) {
        storage.put(item, Boolean.TRUE);
    }

    public boolean contains(Object item) {
        return storage.containsKey(item);
    }

    public int size() {
        return storage.size();
    }

    @Override
    public boolean equals(Object o) {
        if (!frozen) {
            return this == o;
        }
        return o instanceof PySet other && other.size() == size() && PyOps.setIsSubset(this, other);
    }

    @Override
    public int hashCode() {
        return frozen ? Long.hashCode(PyOps.hash(this)) : System.identityHashCode(this);
    }
}

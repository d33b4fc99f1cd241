package org.mpyjvm.language.runtime;

/** set and frozenset; members are the keys of a {@link DictStorage}. */
public final class PySet implements PyObject {
    private final DictStorage storage = new DictStorage();
    private final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
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
        if (!frozen) {
            return System.identityHashCode(this);
        }
        long h = 0;
        for (Object k : storage.keys()) {
            h ^= PyOps.hash(k);
        }
        return Long.hashCode(h);
    }
}

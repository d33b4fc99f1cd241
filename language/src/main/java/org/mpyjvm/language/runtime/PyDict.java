package org.mpyjvm.language.runtime;

/** A dict; all storage is in {@link DictStorage}. */
public final class PyDict implements PyObject {
    private final DictStorage storage = new DictStorage();

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.DICT;
    }

    public DictStorage storage() {
        return storage;
    }

    public Object get(Object key) {
        return storage.get(key);
    }

    public void put(Object key, Object value) {
        storage.put(key, value);
    }

    public int size() {
        return storage.size();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

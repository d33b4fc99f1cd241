package org.mpyjvm.language.runtime;

/** A dict (or an OrderedDict, which differs only in its class and its insertion-ordered storage). */
public final class PyDict implements PyObject {
    private final PyClass type;
    private final DictStorage storage;

    public PyDict() {
        this(BuiltinTypes.DICT, new DictStorage());
    }

    /** A dict whose table starts with {@code initialAlloc} slots (a display of that many items). */
    public PyDict(int initialAlloc) {
        this(BuiltinTypes.DICT, new DictStorage(initialAlloc));
    }

    public PyDict(PyClass type, DictStorage storage) {
        this.type = type;
        this.storage = storage;
    }

    /** An empty collections.OrderedDict. */
    public static PyDict ordered() {
        return new PyDict(BuiltinTypes.ORDERED_DICT, DictStorage.ordered());
    }

    @Override
    public PyClass getPyClass() {
        return type;
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

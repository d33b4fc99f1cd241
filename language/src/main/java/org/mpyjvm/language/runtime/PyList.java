package org.mpyjvm.language.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A mutable sequence backed by an ArrayList. */
public final class PyList implements PyObject {
    private final ArrayList<Object> items;

    public PyList() {
        this.items = new ArrayList<>();
    }

    public PyList(Collection<Object> items) {
        this.items = new ArrayList<>(items);
    }

    public PyList(Object[] items) {
        this.items = new ArrayList<>(List.of(items));
    }

    public static PyList wrap(ArrayList<Object> items) {
        PyList l = new PyList();
        l.items.addAll(items);
        return l;
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.LIST;
    }

    public ArrayList<Object> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }

    public void set(int i, Object value) {
        items.set(i, value);
    }

    public void add(Object value) {
        items.add(value);
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

package org.mpyjvm.language.runtime;

/** A variable shared between a function and the closures defined in it. {@code null} means unbound. */
public final class PyCell {
    private Object value;

    public PyCell() {
    }

    public PyCell(Object value) {
        this.value = value;
    }

    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }
}

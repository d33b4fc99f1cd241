package org.mpyjvm.language.runtime;

/** Keyword arguments of one call, in source order. */
public record PyKeywords(String[] names, Object[] values) {
    public static final PyKeywords EMPTY = new PyKeywords(new String[0], new Object[0]);

    public boolean isEmpty() {
        return names.length == 0;
    }

    public int size() {
        return names.length;
    }

    /** The value passed for {@code name}, or null. */
    public Object get(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }
}

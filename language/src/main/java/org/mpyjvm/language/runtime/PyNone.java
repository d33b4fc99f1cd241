package org.mpyjvm.language.runtime;

/** The single None value. */
public final class PyNone implements PyObject {
    public static final PyNone INSTANCE = new PyNone();

    private PyNone() {
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.NONE_TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}

package org.mpyjvm.language.runtime;

/** slice(start, stop, step); each part may be None. */
public record PySlice(Object start, Object stop, Object step) implements PyObject {
    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.SLICE;
    }
}

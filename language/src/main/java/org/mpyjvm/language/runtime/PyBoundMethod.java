package org.mpyjvm.language.runtime;

/** A callable bound to its first argument (an instance method, or a classmethod bound to the class). */
public record PyBoundMethod(Object self, Object function) implements PyObject {
    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.BOUND_METHOD;
    }
}

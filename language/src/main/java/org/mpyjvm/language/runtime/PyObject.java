package org.mpyjvm.language.runtime;

/** Every guest value that is not a boxed Java primitive or a String knows its Python class. */
public interface PyObject {
    PyClass getPyClass();
}

package org.mpyjvm.language.runtime;

/** A module: a name and its globals dict. */
public final class PyModule implements PyObject {
    private final String name;
    private final PyDict globals;

    public PyModule(String name, PyDict globals) {
        this.name = name;
        this.globals = globals;
        globals.put("__name__", name);
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.MODULE;
    }

    public String getName() {
        return name;
    }

    public PyDict getGlobals() {
        return globals;
    }
}

package org.mpyjvm.language.runtime;

/** A module: a name and its globals dict. */
public final class PyModule implements PyObject {
    private final String name;
    private final PyDict globals;
    private final boolean fixedAttributes;

    public PyModule(String name, PyDict globals) {
        this(name, globals, false);
    }

    /** {@code fixedAttributes}: a module MicroPython implements in C, whose globals table is in ROM. */
    public PyModule(String name, PyDict globals, boolean fixedAttributes) {
        this.name = name;
        this.globals = globals;
        this.fixedAttributes = fixedAttributes;
        globals.put("__name__", name);
    }

    /** True when {@code delattr} must refuse, as on a C module of MicroPython. */
    public boolean hasFixedAttributes() {
        return fixedAttributes;
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

package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import java.util.Map;

/** A function defined by def or lambda (also a module or class body while it runs). */
public final class PyFunction implements PyObject {
    /** MicroPython's type of a function that captures variables of an enclosing function. */
    public static final PyClass CLOSURE = PyClass.builtin("closure", BuiltinTypes.OBJECT);

    private final String name;
    private final RootCallTarget callTarget;
    private final PyDict globals;
    private final PyCell[] closure;
    private final Signature signature;
    @CompilationFinal(dimensions = 1) private final Object[] defaults;
    private final Map<String, Object> keywordDefaults;
    private final boolean generator;
    private PyDict attributes;

    public PyFunction(String name, RootCallTarget callTarget, PyDict globals, PyCell[] closure, Signature signature,
                      Object[] defaults, Map<String, Object> keywordDefaults, boolean generator) {
        this.name = name;
        this.callTarget = callTarget;
        this.globals = globals;
        this.closure = closure;
        this.signature = signature;
        this.defaults = defaults;
        this.keywordDefaults = keywordDefaults;
        this.generator = generator;
    }

    @Override
    public PyClass getPyClass() {
        if (generator) {
            return BuiltinTypes.GENERATOR_FUNCTION;
        }
        return closure.length > 0 ? CLOSURE : BuiltinTypes.FUNCTION;
    }

    public String getName() {
        return name;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public PyDict getGlobals() {
        return globals;
    }

    public PyCell[] getClosure() {
        return closure;
    }

    public Signature getSignature() {
        return signature;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public Map<String, Object> getKeywordDefaults() {
        return keywordDefaults;
    }

    public boolean isGenerator() {
        return generator;
    }

    /** Attributes set on the function object (fn.attr = x); created on first use. */
    public PyDict attributes() {
        if (attributes == null) {
            attributes = new PyDict();
        }
        return attributes;
    }

    public boolean hasAttributes() {
        return attributes != null;
    }
}

package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.RootCallTarget;

/** What {@code compile()} returns: compiled module code ("exec"/"single") or an expression ("eval"). */
public final class PyCode implements PyObject {
    public static final PyClass TYPE = PyClass.builtin("code", BuiltinTypes.OBJECT);

    private final RootCallTarget target;
    private final boolean expression;

    public PyCode(RootCallTarget target, boolean expression) {
        this.target = target;
        this.expression = expression;
    }

    @Override
    public PyClass getPyClass() {
        return TYPE;
    }

    public RootCallTarget getTarget() {
        return target;
    }

    /** True for mode "eval": running it gives the expression's value. */
    public boolean isExpression() {
        return expression;
    }
}

package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mpyjvm.language.errors.Errors;

/**
 * A function implemented in Java. When stored in a class it acts as a method: looked up on an instance it binds to
 * it, and the instance arrives as {@code args[0]}.
 */
public final class PyBuiltinFunction implements PyObject {
    private final String name;
    private final int minArgs;
    private final int maxArgs;
    private final boolean keywords;
    private final BuiltinBody body;
    /** The builtin type whose method this is (set when installed), so an unbound call can check its self. */
    private PyClass selfType;

    public PyBuiltinFunction(String name, int minArgs, int maxArgs, boolean keywords, BuiltinBody body) {
        this.name = name;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.keywords = keywords;
        this.body = body;
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.BUILTIN_FUNCTION;
    }

    public String getName() {
        return name;
    }

    public boolean acceptsKeywords() {
        return keywords;
    }

    /** Marks this function as a method of {@code type}: {@code list.append(stack, x)} is then refused. */
    public void setSelfType(PyClass type) {
        this.selfType = type;
    }

    @TruffleBoundary
    public Object invoke(Object[] args, PyKeywords kw) {
        if (!keywords && kw != null && !kw.isEmpty()) {
            throw Errors.typeError("function doesn't take keyword arguments");
        }
        if (args.length < minArgs || args.length > maxArgs) {
            throw Errors.builtinArgumentCount(minArgs, maxArgs, args.length);
        }
        if (selfType != null && args.length > 0 && args[0] instanceof PyNativeSubclassInstance inst) {
            // py/objfun.c checks self of a builtin method called through its class: the native part is not taken
            throw Errors.typeError("argument should be a '" + selfType.getName() + "' not a '"
                + inst.getPyClass().getName() + "'");
        }
        return body.call(args, kw == null ? PyKeywords.EMPTY : kw);
    }
}

package org.mpyjvm.language.errors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;

/**
 * Every Python exception the interpreter raises is built here, with MicroPython's exact message texts (checked
 * against MicroPython 1.27). Factories return the exception so call sites read {@code throw Errors.xxx(...)}.
 */
public final class Errors {
    private Errors() {
    }

    public static final String DIVIDE_BY_ZERO = "divide by zero";
    public static final String LOCAL_BEFORE_ASSIGNMENT = "local variable referenced before assignment";
    public static final String NEGATIVE_SHIFT = "negative shift count";
    public static final String SLICE_STEP = "only slices with step=1 (aka None) are supported";
    public static final String EMPTY_SEQUENCE = "arg is an empty sequence";
    public static final String NOT_IN_SEQUENCE = "object not in sequence";
    public static final String ZERO_STEP = "zero step";
    public static final String MAX_RECURSION = "maximum recursion depth exceeded";
    public static final String GENERATOR_RUNNING = "generator already executing";
    public static final String GENERATOR_IGNORED_EXIT = "generator ignored GeneratorExit";
    public static final String GENERATOR_RAISED_STOP_ITERATION = "generator raised StopIteration";
    public static final String NOT_DERIVED = "exceptions must derive from BaseException";
    public static final String NO_ACTIVE_EXCEPTION = "no active exception to reraise";
    public static final String SUPER_NO_ARGS = "super() can't find self";
    public static final String DICT_CHANGED = "dictionary changed size during iteration";
    public static final String SET_CHANGED = "set changed size during iteration";

    @TruffleBoundary
    public static PyException create(PyClass type, String message) {
        PyTuple args = message == null ? PyTuple.EMPTY : PyTuple.of(message);
        return new PyException(new PyBaseException(type, args), null);
    }

    @TruffleBoundary
    public static PyException createWithArgs(PyClass type, Object... args) {
        return new PyException(new PyBaseException(type, new PyTuple(args)), null);
    }

    /** Translates a pure-Java {@link GuestError} into the Python exception it names. */
    @TruffleBoundary
    public static PyException fromGuestError(GuestError e) {
        PyClass type = BuiltinTypes.exceptions().getOrDefault(e.type(), BuiltinTypes.RUNTIME_ERROR);
        return create(type, e.getMessage());
    }

    public static PyException typeError(String message) {
        return create(BuiltinTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return create(BuiltinTypes.VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return create(BuiltinTypes.INDEX_ERROR, message);
    }

    public static PyException runtimeError(String message) {
        return create(BuiltinTypes.RUNTIME_ERROR, message);
    }

    public static PyException notImplemented(String message) {
        return create(BuiltinTypes.NOT_IMPLEMENTED_ERROR, message);
    }

    public static PyException overflowError(String message) {
        return create(BuiltinTypes.OVERFLOW_ERROR, message);
    }

    public static PyException zeroDivision() {
        return create(BuiltinTypes.ZERO_DIVISION_ERROR, DIVIDE_BY_ZERO);
    }

    public static PyException keyError(Object key) {
        return createWithArgs(BuiltinTypes.KEY_ERROR, key);
    }

    public static PyException stopIteration() {
        return create(BuiltinTypes.STOP_ITERATION, null);
    }

    public static PyException stopIteration(Object value) {
        return createWithArgs(BuiltinTypes.STOP_ITERATION, value);
    }

    @TruffleBoundary
    public static PyException nameNotDefined(String name) {
        return create(BuiltinTypes.NAME_ERROR, "name '" + name + "' isn't defined");
    }

    public static PyException unboundLocal() {
        return create(BuiltinTypes.NAME_ERROR, LOCAL_BEFORE_ASSIGNMENT);
    }

    @TruffleBoundary
    public static PyException noModule(String name) {
        return create(BuiltinTypes.IMPORT_ERROR, "no module named '" + name + "'");
    }

    @TruffleBoundary
    public static PyException cannotImportName(String name) {
        return create(BuiltinTypes.IMPORT_ERROR, "can't import name " + name);
    }

    /** A failed attribute read: py/runtime.c names the module on a module (deletion keeps the generic text). */
    @TruffleBoundary
    public static PyException noAttributeToLoad(Object obj, String name) {
        if (obj instanceof org.mpyjvm.language.runtime.PyModule m) {
            return create(BuiltinTypes.ATTRIBUTE_ERROR, "module '" + m.getName() + "' has no attribute '" + name + "'");
        }
        return noAttribute(obj, name);
    }

    @TruffleBoundary
    public static PyException noAttribute(Object obj, String name) {
        if (obj instanceof PyClass c) {
            return create(BuiltinTypes.ATTRIBUTE_ERROR, "type object '" + c.getName() + "' has no attribute '" + name + "'");
        }
        return create(BuiltinTypes.ATTRIBUTE_ERROR, "'" + PyOps.typeName(obj) + "' object has no attribute '" + name + "'");
    }

    /** Storing or deleting a missing attribute: MicroPython names the object's type, also for classes ('type'). */
    @TruffleBoundary
    public static PyException noAttributeToStore(Object obj, String name) {
        return create(BuiltinTypes.ATTRIBUTE_ERROR, "'" + PyOps.typeName(obj) + "' object has no attribute '" + name + "'");
    }

    @TruffleBoundary
    public static PyException unsupportedBinary(String dunder, Object a, Object b) {
        // py/objbool.c re-dispatches a bool operand as the int 0/1, so the message names 'int': always for the
        // left operand, and for the right one when the operator is tried reflected (the arithmetic ones)
        String left = a instanceof Boolean ? "int" : PyOps.typeName(a);
        String right = b instanceof Boolean && REFLECTED_DUNDERS.contains(dunder) ? "int" : PyOps.typeName(b);
        return typeError("unsupported types for " + dunder + ": '" + left + "', '" + right + "'");
    }

    /** The operators py/runtime.c retries with swapped operands (MP_BINARY_OP_OR .. MP_BINARY_OP_POWER). */
    private static final java.util.Set<String> REFLECTED_DUNDERS = java.util.Set.of("__or__", "__xor__", "__and__",
        "__lshift__", "__rshift__", "__add__", "__sub__", "__mul__", "__matmul__", "__floordiv__", "__truediv__",
        "__mod__", "__pow__");

    @TruffleBoundary
    public static PyException unsupportedUnary(String dunder, Object a) {
        return typeError("unsupported type for " + dunder + ": '" + PyOps.typeName(a) + "'");
    }

    @TruffleBoundary
    public static PyException unhashable(Object a) {
        return unsupportedUnary("__hash__", a);
    }

    @TruffleBoundary
    public static PyException notIterable(Object a) {
        return typeError("'" + PyOps.typeName(a) + "' object isn't iterable");
    }

    @TruffleBoundary
    public static PyException notAnIterator(Object a) {
        return typeError("'" + PyOps.typeName(a) + "' object isn't an iterator");
    }

    @TruffleBoundary
    public static PyException notCallable(Object a) {
        return typeError("'" + PyOps.typeName(a) + "' object isn't callable");
    }

    @TruffleBoundary
    public static PyException notSubscriptable(Object a) {
        return typeError("'" + PyOps.typeName(a) + "' object isn't subscriptable");
    }

    @TruffleBoundary
    public static PyException noItemAssignment(Object a) {
        return typeError("'" + PyOps.typeName(a) + "' object doesn't support item assignment");
    }

    @TruffleBoundary
    public static PyException noItemDeletion(Object a) {
        return typeError("'" + PyOps.typeName(a) + "' object doesn't support item deletion");
    }

    @TruffleBoundary
    public static PyException noLen(Object a) {
        return typeError("object of type '" + PyOps.typeName(a) + "' has no len()");
    }

    @TruffleBoundary
    public static PyException cantConvert(Object a, String to) {
        return typeError("can't convert " + PyOps.typeName(a) + " to " + to);
    }

    @TruffleBoundary
    public static PyException notImplicitlyStr(Object a) {
        return typeError("can't convert '" + PyOps.typeName(a) + "' object to str implicitly");
    }

    @TruffleBoundary
    public static PyException indexOutOfRange(String typeName) {
        return indexError(typeName + " index out of range");
    }

    @TruffleBoundary
    public static PyException indicesMustBeIntegers(String typeName, Object index) {
        return typeError(typeName + " indices must be integers, not " + PyOps.typeName(index));
    }

    @TruffleBoundary
    public static PyException tooManyToUnpack(int expected) {
        return valueError("too many values to unpack (expected " + expected + ")");
    }

    @TruffleBoundary
    public static PyException needMoreToUnpack(int got) {
        return valueError("need more than " + got + " values to unpack");
    }

    @TruffleBoundary
    public static PyException positionalCount(String function, int expected, int given) {
        return typeError(function + "() takes " + expected + " positional arguments but " + given + " were given");
    }

    @TruffleBoundary
    public static PyException builtinArgumentCount(int min, int max, int given) {
        if (min == max) {
            return typeError("function takes " + min + " positional arguments but " + given + " were given");
        }
        if (given < min) {
            return typeError("function missing " + (min - given) + " required positional arguments");
        }
        return typeError("function expected at most " + max + " arguments, got " + given);
    }

    @TruffleBoundary
    public static PyException missingKeyword(String name) {
        return typeError("function missing required keyword argument '" + name + "'");
    }

    @TruffleBoundary
    public static PyException unexpectedKeyword(String name) {
        return typeError("unexpected keyword argument '" + name + "'");
    }

    @TruffleBoundary
    public static PyException multipleValues(String name) {
        return typeError("function got multiple values for argument '" + name + "'");
    }

    @TruffleBoundary
    public static PyException invalidIntLiteral(int base, String text) {
        return valueError("invalid syntax for integer with base " + base + ": " + PyOps.repr(text));
    }

    public static PyException maxRecursion() {
        return runtimeError(MAX_RECURSION);
    }
}

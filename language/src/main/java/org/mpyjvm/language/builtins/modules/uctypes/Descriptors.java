package org.mpyjvm.language.builtins.modules.uctypes;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyTuple;

/**
 * Reading descriptors: a dict (or OrderedDict) of fields is a structure, a tuple is an aggregate field
 * ({@code (offset, {..})}, {@code (PTR | offset, type)}, {@code (ARRAY | offset, type | count)} or
 * {@code (ARRAY | offset, count, {..})}), a small int is a scalar field.
 */
final class Descriptors {
    private Descriptors() {
    }

    static PyException syntaxError() {
        return Errors.typeError("syntax error in uctypes descriptor");
    }

    static boolean isStruct(Object desc) {
        return desc instanceof PyDict;
    }

    /** A scalar field's encoded int: MicroPython's small ints only (a bool or big int is not one). */
    static boolean isScalar(Object desc) {
        return desc instanceof Long;
    }

    /** An aggregate field, checked for its shape: 2 items, or 3 for an array of aggregates. */
    static PyTuple aggregate(Object desc) {
        if (!(desc instanceof PyTuple t) || t.size() < 2 || t.size() > 3 || !(t.get(0) instanceof Long head)) {
            throw syntaxError();
        }
        boolean wellFormed = switch (Encoding.aggregateType(head)) {
            case Encoding.STRUCT, Encoding.PTR -> t.size() == 2;
            case Encoding.ARRAY -> t.get(1) instanceof Long;
            default -> false;
        };
        if (!wellFormed) {
            throw syntaxError();
        }
        return t;
    }

    static long head(PyTuple aggregate) {
        return (Long) aggregate.get(0);
    }

    /** An array aggregate's element count. */
    static long arrayLength(PyTuple array) {
        return Encoding.valueOffset((Long) array.get(1));
    }

    /** A scalar array's element type (the type bits of its second item). */
    static int arrayElementType(PyTuple array) {
        return Encoding.valueType((Long) array.get(1));
    }

    static boolean isScalarArray(PyTuple array) {
        return array.size() == 2;
    }
}

package org.mpyjvm.language.builtins.modules.uctypes;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyTuple;

/**
 * sizeof of a descriptor: the end of its furthest field; with the NATIVE layout a structure is rounded up to the
 * size of its largest scalar (alignment of the biggest field), nested structures included.
 */
final class DescriptorSize {
    /** The largest scalar (or pointer) seen so far, shared down the recursion as MicroPython does. */
    private long maxFieldSize;
    private final int layout;

    private DescriptorSize(int layout) {
        this.layout = layout;
    }

    static long of(Object desc, int layout) {
        return new DescriptorSize(layout).size(desc);
    }

    private long size(Object desc) {
        if (!Descriptors.isStruct(desc)) {
            if (desc instanceof PyTuple) {
                return aggregateSize(Descriptors.aggregate(desc));
            }
            if (Descriptors.isScalar(desc)) {
                // A scalar field read from a struct is already a plain int: its type is gone.
                throw Errors.typeError("can't unambiguously get sizeof scalar");
            }
            throw Descriptors.syntaxError();
        }
        long total = 0;
        for (Object[] entry : ((PyDict) desc).storage().entries()) {
            Object field = entry[1];
            long end;
            if (Descriptors.isScalar(field)) {
                long encoded = (Long) field;
                int valType = Encoding.valueType(encoded);
                long offset = Encoding.isBitfield(valType) ? Encoding.bitfieldOffset(encoded)
                    : Encoding.valueOffset(encoded);
                long s = Encoding.scalarSize(valType);
                maxFieldSize = Math.max(maxFieldSize, s);
                end = offset + s;
            } else {
                PyTuple t = Descriptors.aggregate(field);
                end = Encoding.aggregateOffset(Descriptors.head(t)) + aggregateSize(t);
            }
            total = Math.max(total, end);
        }
        if (layout == Encoding.NATIVE) {
            // MicroPython's power-of-two round-up; with no scalar inside (max 0) it yields 0.
            total = (total + maxFieldSize - 1) & ~(maxFieldSize - 1);
        }
        return total;
    }

    private long aggregateSize(PyTuple t) {
        switch (Encoding.aggregateType(Descriptors.head(t))) {
            case Encoding.STRUCT:
                return size(t.get(1));
            case Encoding.PTR:
                maxFieldSize = Math.max(maxFieldSize, Encoding.POINTER_SIZE);
                return Encoding.POINTER_SIZE;
            default: {
                long count = Descriptors.arrayLength(t);
                long itemSize;
                if (Descriptors.isScalarArray(t)) {
                    itemSize = Encoding.scalarSize(Descriptors.arrayElementType(t));
                    maxFieldSize = Math.max(maxFieldSize, itemSize);
                } else {
                    itemSize = size(t.get(2));
                }
                return itemSize * count;
            }
        }
    }
}

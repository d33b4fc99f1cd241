package org.mpyjvm.language.builtins.modules.uctypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyTuple;

/**
 * sizeof of descriptors and the constants' encoding; expected sizes were printed by MicroPython 1.27 (npm build)
 * for the same descriptors, except the pointer sizes, which are the 64-bit unix build's 8.
 */
class UctypesDescriptorSizeTest {
    private static final int LE = Encoding.LITTLE_ENDIAN;
    private static final int NATIVE = Encoding.NATIVE;

    private static long scalar(int type, long offset) {
        return Encoding.valueConstant(type) | offset;
    }

    private static PyDict struct(Object... pairs) {
        PyDict d = new PyDict();
        for (int i = 0; i < pairs.length; i += 2) {
            d.put(pairs[i], pairs[i + 1]);
        }
        return d;
    }

    private static PyTuple tuple(Object... items) {
        return new PyTuple(items);
    }

    private static long array(long offset) {
        return Encoding.aggregateConstant(Encoding.ARRAY) | offset;
    }

    @Test
    void constantsHaveMicroPythonsValues() {
        assertEquals(0, Encoding.valueConstant(Encoding.UINT8));
        assertEquals(134217728, Encoding.valueConstant(Encoding.INT8));
        assertEquals(939524096, Encoding.valueConstant(Encoding.INT64));
        assertEquals(-1073741824, Encoding.valueConstant(Encoding.BFUINT8));
        assertEquals(-402653184, Encoding.valueConstant(Encoding.BFINT32));
        assertEquals(-268435456, Encoding.valueConstant(Encoding.FLOAT32));
        assertEquals(-134217728, Encoding.valueConstant(Encoding.FLOAT64));
        assertEquals(536870912, Encoding.aggregateConstant(Encoding.PTR));
        assertEquals(-1073741824, Encoding.aggregateConstant(Encoding.ARRAY));
    }

    @Test
    void fieldsDecodeBackToTypeAndOffset() {
        for (int type = 0; type < 16; type++) {
            long field = Encoding.valueConstant(type) | 1234;
            assertEquals(type, Encoding.valueType(field));
            assertEquals(1234, Encoding.valueOffset(field));
        }
        long bf = Encoding.valueConstant(Encoding.BFUINT16) | 6 | 13L << Encoding.BF_POS | 3L << Encoding.BF_LEN;
        assertEquals(Encoding.BFUINT16, Encoding.valueType(bf));
        assertEquals(6, Encoding.bitfieldOffset(bf));
        assertEquals(13, Encoding.bitfieldPosition(bf));
        assertEquals(3, Encoding.bitfieldLength(bf));
        assertEquals(Encoding.ARRAY, Encoding.aggregateType(array(28)));
        assertEquals(28, Encoding.aggregateOffset(array(28)));
    }

    @Test
    void nativeLayoutRoundsUpToTheWidestField() {
        PyDict d = struct("a", scalar(Encoding.UINT8, 0), "b", scalar(Encoding.UINT32, 1));
        assertEquals(8, DescriptorSize.of(d, NATIVE));
        assertEquals(5, DescriptorSize.of(d, LE));
        PyDict u64 = struct("a", scalar(Encoding.UINT64, 0), "b", scalar(Encoding.UINT8, 8));
        assertEquals(16, DescriptorSize.of(u64, NATIVE));
        assertEquals(9, DescriptorSize.of(u64, Encoding.BIG_ENDIAN));
        assertEquals(0, DescriptorSize.of(struct(), NATIVE));
    }

    @Test
    void aggregatesAddTheirOffsets() {
        PyDict item = struct("v", scalar(Encoding.UINT16, 0), "w", scalar(Encoding.UINT8, 2));
        PyDict d = struct("items", tuple(array(1), 3L, item));
        assertEquals(14, DescriptorSize.of(d, NATIVE));
        assertEquals(10, DescriptorSize.of(d, LE));
        PyDict nested = struct("hdr", tuple(0L, struct("x", scalar(Encoding.UINT8, 0), "y",
            scalar(Encoding.UINT16, 2))), "z", scalar(Encoding.UINT8, 4));
        assertEquals(6, DescriptorSize.of(nested, NATIVE));
        assertEquals(5, DescriptorSize.of(nested, LE));
        assertEquals(20, DescriptorSize.of(tuple(array(0), scalar(Encoding.INT16, 10)), NATIVE));
        assertEquals(12, DescriptorSize.of(struct("a", tuple(array(0), scalar(Encoding.FLOAT32, 3))), LE));
        long bits = Encoding.valueConstant(Encoding.BFUINT32) | 2 | 3L << Encoding.BF_POS | 5L << Encoding.BF_LEN;
        assertEquals(8, DescriptorSize.of(struct("bits", bits), NATIVE));
        assertEquals(6, DescriptorSize.of(struct("bits", bits), LE));
    }

    @Test
    void pointersAreEightBytesOnThisMachine() {
        long ptr = Encoding.aggregateConstant(Encoding.PTR);
        assertEquals(8, DescriptorSize.of(tuple(ptr, scalar(Encoding.UINT8, 0)), NATIVE));
        assertEquals(16, DescriptorSize.of(struct("p", tuple(ptr | 4, 0L), "b", scalar(Encoding.UINT8, 0)),
            NATIVE));
    }

    @Test
    void malformedDescriptorsAreSyntaxErrors() {
        assertThrows(PyException.class, () -> DescriptorSize.of(struct("x", "UINT8"), NATIVE));
        assertThrows(PyException.class, () -> DescriptorSize.of(tuple(5L), NATIVE));
        assertThrows(PyException.class, () -> DescriptorSize.of(struct("a", tuple(1L, 2L, 3L, 4L)), NATIVE));
        assertThrows(PyException.class, () -> DescriptorSize.of(5L, NATIVE), "a bare scalar is ambiguous");
        assertThrows(PyException.class, () -> DescriptorSize.of(tuple(array(0), 2L, 5L), NATIVE));
    }
}

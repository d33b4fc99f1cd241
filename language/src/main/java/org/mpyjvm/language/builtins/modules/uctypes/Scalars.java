package org.mpyjvm.language.builtins.modules.uctypes;

import java.math.BigInteger;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.PyOps;

/** Reading and writing one scalar of a uctypes value type in memory, in either byte order. */
final class Scalars {
    private Scalars() {
    }

    /** The {@code size}-byte word at {@code at}, sign-extended when {@code signed}. */
    static long readWord(Buffer memory, int at, int size, boolean signed, boolean bigEndian) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            int b = memory.get(bigEndian ? at + i : at + size - 1 - i);
            v = (v << 8) | b;
        }
        if (signed && size < 8) {
            int shift = 64 - 8 * size;
            v = (v << shift) >> shift;
        }
        return v;
    }

    /** Stores the low {@code size} bytes of {@code v}. */
    static void writeWord(Buffer memory, int at, int size, long v, boolean bigEndian) {
        for (int i = 0; i < size; i++) {
            int b = (int) (v >>> (8 * i)) & 0xff;
            memory.set(bigEndian ? at + size - 1 - i : at + i, b);
        }
    }

    /** A scalar (an integer or float value type, not a bitfield) as a guest value. */
    static Object read(Buffer memory, int at, int valType, boolean bigEndian) {
        int size = Encoding.scalarSize(valType);
        if (valType == Encoding.FLOAT32) {
            return (double) Float.intBitsToFloat((int) readWord(memory, at, 4, false, bigEndian));
        }
        if (valType == Encoding.FLOAT64) {
            return Double.longBitsToDouble(readWord(memory, at, 8, false, bigEndian));
        }
        boolean signed = (valType & 1) != 0;
        long v = readWord(memory, at, size, signed, bigEndian);
        if (valType == Encoding.UINT64 && v < 0) {
            return PyOps.normalize(new BigInteger(Long.toUnsignedString(v)));
        }
        return v;
    }

    static void write(Buffer memory, int at, int valType, boolean bigEndian, Object value) {
        if (valType == Encoding.FLOAT32) {
            writeWord(memory, at, 4, Float.floatToRawIntBits((float) toDouble(value)), bigEndian);
        } else if (valType == Encoding.FLOAT64) {
            writeWord(memory, at, 8, Double.doubleToRawLongBits(toDouble(value)), bigEndian);
        } else {
            writeWord(memory, at, Encoding.scalarSize(valType), truncatedInt(value), bigEndian);
        }
    }

    /** An int's low 64 bits (MicroPython stores ints truncated to the field's size). */
    static long truncatedInt(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof BigInteger big) {
            return big.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw Errors.cantConvert(value, "int");
    }

    static double toDouble(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof BigInteger big) {
            return big.doubleValue();
        }
        if (value instanceof Long || value instanceof Boolean) {
            return truncatedInt(value);
        }
        throw Errors.cantConvert(value, "float");
    }
}

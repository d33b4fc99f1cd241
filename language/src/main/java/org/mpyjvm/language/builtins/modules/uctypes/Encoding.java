package org.mpyjvm.language.builtins.modules.uctypes;

/**
 * How a uctypes descriptor packs a field into one small int (MicroPython's extmod/moductypes.c encoding, which scripts
 * see through the module's constants).
 *
 * <p>A scalar field is {@code type << 27 | offset} where bits 27..30 hold the value type (the sign bit of the 32-bit
 * pattern is shifted in, so the upper types are negative). A bitfield keeps its byte offset in bits 0..16, the bit
 * position in 17..21 and the bit length in 22..26. An aggregate's first tuple item is {@code kind << 29 | offset}.
 */
final class Encoding {
    static final int UINT8 = 0;
    static final int INT8 = 1;
    static final int UINT16 = 2;
    static final int INT16 = 3;
    static final int UINT32 = 4;
    static final int INT32 = 5;
    static final int UINT64 = 6;
    static final int INT64 = 7;
    static final int BFUINT8 = 8;
    static final int BFINT8 = 9;
    static final int BFUINT16 = 10;
    static final int BFINT16 = 11;
    static final int BFUINT32 = 12;
    static final int BFINT32 = 13;
    static final int FLOAT32 = 14;
    static final int FLOAT64 = 15;

    static final int STRUCT = 0;
    static final int PTR = 1;
    static final int ARRAY = 2;

    static final int LITTLE_ENDIAN = 0;
    static final int BIG_ENDIAN = 1;
    static final int NATIVE = 2;

    static final int BF_POS = 17;
    static final int BF_LEN = 22;

    /** The simulated machine is a 64-bit unix build, as sys.maxsize says: pointers are 8 bytes. */
    static final int POINTER_SIZE = 8;

    private static final int VAL_TYPE_BITS = 4;
    private static final int AGG_TYPE_BITS = 2;

    private Encoding() {
    }

    /** The constant a script sees for a value or aggregate type: the type in the top bits of a 31-bit int. */
    static long constant(int type, int typeBits) {
        return (type << (32 - typeBits)) >> 1;
    }

    static long valueConstant(int valType) {
        return constant(valType, VAL_TYPE_BITS);
    }

    static long aggregateConstant(int aggType) {
        return constant(aggType, AGG_TYPE_BITS);
    }

    static int valueType(long field) {
        return (int) ((field >> (31 - VAL_TYPE_BITS)) & 0xf);
    }

    /** A scalar's byte offset (27 bits; a bitfield's offset is only the low 17 of these). */
    static long valueOffset(long field) {
        return field & 0x07ffffffL;
    }

    static int aggregateType(long head) {
        return (int) ((head >> (31 - AGG_TYPE_BITS)) & 0x3);
    }

    static long aggregateOffset(long head) {
        return head & 0x1fffffffL;
    }

    static boolean isBitfield(int valType) {
        return valType >= BFUINT8 && valType <= BFINT32;
    }

    static int bitfieldPosition(long field) {
        return (int) (field >> BF_POS) & 31;
    }

    static int bitfieldLength(long field) {
        return (int) (field >> BF_LEN) & 31;
    }

    static long bitfieldOffset(long field) {
        return field & ((1 << BF_POS) - 1);
    }

    /** Bytes of a scalar (a bitfield: of its containing word); bit 0 of an integer type is its signedness. */
    static int scalarSize(int valType) {
        return valType == FLOAT32 ? 4 : 1 << ((valType & 7) >> 1);
    }
}

package org.mpyjvm.language.algorithms;

/**
 * IEEE binary16 ("e" in struct) the way MicroPython's py/binary.c converts it in software: the double
 * goes through float32, the mantissa is rounded once to 10 bits and again when shifted into a
 * subnormal, and the exponent is not clamped — a value too large for a half but finite as a float32
 * spills exponent bits into the sign ({@code 1e6} packs as 0x8ba1). Only float32 inf/nan give 0x7c00/0x7e00.
 */
final class HalfFloat {
    private HalfFloat() {
    }

    static int encode(double value) {
        int f = Float.floatToRawIntBits((float) value);
        int sign = (f >>> 16) & 0x8000;
        int exp = (f >>> 23) & 0xFF;
        int mant = f & 0x7FFFFF;
        if (exp == 0xFF) {
            return sign | 0x7C00 | (mant != 0 ? 0x200 : 0);
        }
        if (exp == 0) {
            return sign;
        }
        int e = exp - 127 + 15;
        if ((mant & 0x1000) != 0) {
            mant += 0x2000;
            if (mant >= 0x800000) {
                mant = 0;
                e++;
            }
        }
        int m = mant >>> 13;
        if (e <= 0) {
            int shift = 1 - e;
            if (shift > 11) {
                return sign;
            }
            m |= 0x400;
            int rounded = (m >>> shift) + ((m >>> (shift - 1)) & 1);
            return sign | rounded;
        }
        return (sign | (e << 10) | m) & 0xFFFF;
    }

    static double decode(int h) {
        int sign = (h & 0x8000) != 0 ? -1 : 1;
        int e = (h >>> 10) & 0x1F;
        int m = h & 0x3FF;
        if (e == 0x1F) {
            return m == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        if (e == 0) {
            return sign * Math.scalb((double) m, -24);
        }
        return sign * Math.scalb((double) (m | 0x400), e - 25);
    }
}

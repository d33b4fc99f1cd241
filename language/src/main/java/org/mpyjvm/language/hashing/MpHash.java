package org.mpyjvm.language.hashing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * MicroPython's hash values for the built-in immutable types, as {@code hash(x)} returns them and as
 * py/map.c uses them to place keys. Mirrors py/qstr.c (qstr_compute_hash), py/mpz.c (mpz_hash),
 * py/obj.h (the default low-quality mp_float_hash: a C cast to mp_int_t) and py/objtuple.c.
 *
 * <p>Two things depend on the build, so they are parameters: the machine word (see {@link MachineWord})
 * and the address of the empty-tuple constant, which seeds every tuple hash. On the unix port that
 * address moves with ASLR, so tuple-keyed dict order is not reproducible there even between two runs
 * of MicroPython itself; {@link #WEBASSEMBLY} uses the value the npm build reports ({@code hash(())}).
 */
public final class MpHash {
    /** MICROPY_QSTR_BYTES_IN_HASH is 2 on the unix and webassembly ports (EXTRA_FEATURES level). */
    private static final int STR_HASH_MASK = 0xFFFF;

    /** x86-64 unix port; the empty-tuple address is arbitrary there (ASLR), any constant is as good. */
    public static final MpHash UNIX = new MpHash(MachineWord.BITS64, 0x555555_6000L);
    /** The npm webassembly build of MicroPython 1.27 (32-bit words, {@code hash(()) == 98208}). */
    public static final MpHash WEBASSEMBLY = new MpHash(MachineWord.BITS32, 98208);

    private final MachineWord word;
    private final long emptyTupleAddress;

    public MpHash(MachineWord word, long emptyTupleAddress) {
        this.word = word;
        this.emptyTupleAddress = emptyTupleAddress;
    }

    public MachineWord word() {
        return word;
    }

    /** hash(str): djb2 with xor over the UTF-8 bytes, cut to 16 bits, never 0 (0 means "not computed"). */
    public long ofStr(String s) {
        return ofBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** hash(bytes) is the same function as for str. */
    public long ofBytes(byte[] data) {
        return ofBytes(data, 0, data.length);
    }

    public long ofBytes(byte[] data, int offset, int length) {
        long h = 5381;
        for (int i = offset; i < offset + length; i++) {
            h = (h * 33) ^ (data[i] & 0xFF);
        }
        h &= STR_HASH_MASK;
        return h == 0 ? 1 : h;
    }

    /** hash(int) for a value held in a Java long: itself when small, else the mpz rule. */
    public long ofInt(long v) {
        if (word.isSmallInt(v)) {
            return v;
        }
        return ofBigInt(BigInteger.valueOf(v));
    }

    /**
     * hash(int) for any int. A small int hashes to itself; a big one (mpz) hashes to the low word of its
     * magnitude, negated when negative, then squeezed into a small int.
     */
    public long ofBigInt(BigInteger v) {
        if (v.bitLength() < 64 && word.isSmallInt(v.longValue())) {
            return v.longValue();
        }
        long magnitudeLow = v.abs().longValue();
        long val = v.signum() < 0 ? -magnitudeLow : magnitudeLow;
        return word.toSmallInt(word.wrap(val));
    }

    public long ofBool(boolean b) {
        return b ? 1 : 0;
    }

    /**
     * hash(float) with MICROPY_FLOAT_HIGH_QUALITY_HASH off (unix standard and webassembly builds):
     * {@code (mp_int_t)value}. Out-of-range values and NaN follow the hardware: x86-64 gives the
     * "integer indefinite" 0x8000000000000000 (hash 0 after the small-int squeeze), webassembly saturates.
     */
    public long ofFloat(double value) {
        long cast;
        if (word == MachineWord.BITS32) {
            cast = (int) value;
        } else if (Double.isNaN(value) || value >= 0x1p63 || value < -0x1p63) {
            cast = Long.MIN_VALUE;
        } else {
            cast = (long) value;
        }
        return word.toSmallInt(cast);
    }

    /** hash(tuple): the empty tuple's address plus the item hashes, in word arithmetic. */
    public long ofTuple(long... itemHashes) {
        long h = emptyTupleAddress;
        for (long item : itemHashes) {
            h = word.wrap(h + item);
        }
        return word.toSmallInt(h);
    }
}

package org.mpyjvm.language.algorithms;

import org.mpyjvm.language.common.GuestError;

/**
 * The random module's generator, as extmod/modrandom.c has it: Ilya Levin's Yasmarang (32-bit state
 * pad/n/d plus an 8-bit dat), re-seeded by {@code seed(n)} with pad = n (low 32 bits). The same seed gives
 * the same getrandbits/randint/randrange/choice/random/uniform sequence as MicroPython. One instance is
 * the module's state (MicroPython keeps one global generator).
 */
public final class Yasmarang {
    private int pad = 0xeda4baba;
    private int n = 69;
    private int d = 233;
    private int dat = 0;

    /** random.seed(n): the int is truncated to a machine word, then to the 32-bit pad. */
    public void seed(long seed) {
        pad = (int) seed;
        n = 69;
        d = 233;
        dat = 0;
    }

    /** One raw 32-bit output (as an unsigned value in a long). */
    public long next() {
        pad += dat + d * n;
        pad = (pad << 3) + (pad >>> 29);
        n = pad | 2;
        d ^= (pad << 31) + (pad >>> 1);
        dat = (dat ^ (pad & 0xFF) ^ ((d >>> 8) & 0xFF) ^ 1) & 0xFF;
        return (pad ^ (d << 5) ^ (pad >>> 18) ^ (dat << 1)) & 0xFFFF_FFFFL;
    }

    /** random.getrandbits(k), 0 <= k <= 32. */
    public long getrandbits(long k) {
        if (k > 32 || k < 0) {
            throw new GuestError("ValueError", "bits must be 32 or less");
        }
        if (k == 0) {
            return 0;
        }
        return next() & (0xFFFF_FFFFL >>> (32 - k));
    }

    /** An unsigned value below {@code bound} (taken as uint32, not 0), by masked rejection sampling. */
    long below(long bound) {
        long b = bound & 0xFFFF_FFFFL;
        long mask = 1;
        while ((b & mask) < b) {
            mask = (mask << 1) | 1;
        }
        long r;
        do {
            r = next() & mask;
        } while (r >= b);
        return r;
    }

    /** random.randint(a, b). */
    public long randint(long a, long b) {
        if (a > b) {
            throw new GuestError("ValueError", null);
        }
        return a + below(b - a + 1);
    }

    /** random.randrange(stop). */
    public long randrange(long stop) {
        if (stop <= 0) {
            throw new GuestError("ValueError", null);
        }
        return below(stop);
    }

    /** random.randrange(start, stop). */
    public long randrange(long start, long stop) {
        if (start >= stop) {
            throw new GuestError("ValueError", null);
        }
        return start + below(stop - start);
    }

    /** random.randrange(start, stop, step). */
    public long randrange(long start, long stop, long step) {
        long count;
        if (step > 0) {
            count = (stop - start + step - 1) / step;
        } else if (step < 0) {
            count = (stop - start + step + 1) / step;
        } else {
            throw new GuestError("ValueError", null);
        }
        if (count <= 0) {
            throw new GuestError("ValueError", null);
        }
        return start + step * below(count);
    }

    /** The index random.choice(seq) picks; an empty sequence is IndexError without a message. */
    public long choiceIndex(long length) {
        if (length <= 0) {
            throw new GuestError("IndexError", null);
        }
        return below(length);
    }

    /** random.random(): 52 fraction bits from two outputs (the first one high), in [0, 1). */
    public double random() {
        long high = next();
        long low = next();
        long fraction = ((high << 32) | low) & ((1L << 52) - 1);
        return Double.longBitsToDouble((1023L << 52) | fraction) - 1;
    }

    /** random.uniform(a, b). */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }
}

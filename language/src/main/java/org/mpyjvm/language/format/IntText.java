package org.mpyjvm.language.format;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.text.Repr;

/**
 * Ints to and from text as MicroPython 1.27 does it: {@code int(s, base)} (py/parsenum.c) and
 * {@code bin()/oct()/hex()}.
 *
 * <p>Parsing rules, all checked against the real thing: whitespace (space and \t \n \v \f \r only) may
 * surround the number; one sign; a prefix 0x/0o/0b (any case) is taken when the base is 0 or matches
 * it; '_' is skipped anywhere among the digits, even first, last, doubled or alone ({@code int('_')}
 * is 0); with base 0 a number led by '0' must be all zeros ({@code int('017', 0)} fails, {@code int('00', 0)}
 * is 0). The error quotes the text from after the sign and prefix to the end, as bytes
 * ({@code 'é'} shows as {@code '\xc3\xa9'}), with the base then in force: {@code int('0b', 0)} reports
 * base 2, {@code int('007', 0)} base 0, {@code int('- 5')} the text {@code ' 5'}. Underscores are only
 * accepted while the value fits a small int (see {@link #parse(byte[], int, long)}).
 */
public final class IntText {
    /** The largest small int of the 64-bit unix port (63-bit small ints). */
    public static final long UNIX_SMALL_INT_MAX = (1L << 62) - 1;

    /** The largest small int of a 32-bit port such as the webassembly build (31-bit small ints). */
    public static final long PORT32_SMALL_INT_MAX = (1L << 30) - 1;

    private IntText() {
    }

    /** int(text, base) for a str argument; base 0 means "from the prefix". */
    public static BigInteger parse(String text, int base) {
        return parse(text.getBytes(StandardCharsets.UTF_8), base);
    }

    /** int(data, base) for a str's UTF-8 bytes or a bytes/bytearray argument, as on the 64-bit unix port. */
    public static BigInteger parse(byte[] b, int base) {
        return parse(b, base, UNIX_SMALL_INT_MAX);
    }

    /**
     * int(data, base) on a port whose small ints end at {@code smallIntMax}: the port's word size shows
     * through, because a number too big for a small int is read again without '_' support, so
     * {@code int('3009_662059')} fails on a 32-bit port (small ints up to 2**30-1) and works on unix.
     */
    public static BigInteger parse(byte[] b, int base, long smallIntMax) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw new GuestError("ValueError", "int() arg 2 must be >= 2 and <= 36");
        }
        int n = b.length;
        int i = skipSpace(b, 0);
        boolean negative = false;
        if (i < n && (b[i] == '+' || b[i] == '-')) {
            negative = b[i] == '-';
            i++;
        }
        boolean zeroLed = false;
        if (n - i > 1 && b[i] == '0') {
            int marker = b[i + 1] | 0x20;
            if ((base == 0 || base == 16) && marker == 'x') {
                base = 16;
                i += 2;
            } else if ((base == 0 || base == 8) && marker == 'o') {
                base = 8;
                i += 2;
            } else if ((base == 0 || base == 2) && marker == 'b') {
                base = 2;
                i += 2;
            } else if (base == 0) {
                zeroLed = true;
            }
        }
        if (base == 0 && !zeroLed) {
            base = 10;
        }
        int start = i;
        // in the all-zeros case the value stays 0 whatever radix the arithmetic uses
        int radix = zeroLed ? 10 : base;
        BigInteger value = null;
        long small = 0;
        for (; i < n; i++) {
            int digit = digitValue(b[i]);
            if (digit == UNDERSCORE) {
                continue;
            }
            if (digit < 0 || (zeroLed ? digit != 0 : digit >= base)) {
                break;
            }
            if (small > (smallIntMax - digit) / radix) {
                // past a small int MicroPython reparses with its bignum reader, which knows no '_'
                i = start;
                BigInteger bigBase = BigInteger.valueOf(base);
                value = BigInteger.ZERO;
                for (; i < n; i++) {
                    int d = digitValue(b[i]);
                    if (d < 0 || d >= base) {
                        break;
                    }
                    value = value.multiply(bigBase).add(BigInteger.valueOf(d));
                }
                break;
            }
            small = small * radix + digit;
        }
        if (value == null) {
            value = BigInteger.valueOf(small);
        }
        if (i == start || skipSpace(b, i) != n) {
            throw new GuestError("ValueError", "invalid syntax for integer with base " + base + ": "
                    + Repr.quotedBytes(b, start, n));
        }
        return negative ? value.negate() : value;
    }

    private static final int UNDERSCORE = -2;

    private static int digitValue(byte c) {
        if (c == '_') {
            return UNDERSCORE;
        } else if (c >= '0' && c <= '9') {
            return c - '0';
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            return (c | 0x20) - 'a' + 10;
        }
        return -1;
    }

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || (b[i] >= 9 && b[i] <= 13))) {
            i++;
        }
        return i;
    }

    /** bin(v), oct(v), hex(v): the sign, then 0b/0o/0x, then lower-case digits. */
    public static String withPrefix(BigInteger v, int radix) {
        String prefix = switch (radix) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            default -> throw new IllegalArgumentException("radix " + radix);
        };
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }
}

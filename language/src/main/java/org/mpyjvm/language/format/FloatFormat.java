package org.mpyjvm.language.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text as MicroPython's py/formatfloat.c prints doubles (MICROPY_FLOAT_IMPL_DOUBLE): the
 * {@code e}, {@code f} and {@code g} conversions used by repr/str, %-formatting and format specs.
 *
 * <p>The observable rules (checked against MicroPython 1.27):
 * <ul>
 *   <li>repr and str are the same: {@code g} with 16 significant digits, or 17, 18, 19 when 16 do not
 *       read back as the same double; ".0" is appended when the text has no '.', 'e', "inf" or "nan";</li>
 *   <li>rounding is half-up on the exact binary value ({@code '%.2f' % 0.125 == '0.13'},
 *       {@code '%.2f' % 2.675 == '2.67'});</li>
 *   <li>asking for more digits than the repr has pads the repr's digits with zeros
 *       ({@code '%.20f' % (1/3)} ends in zeros) instead of printing the binary value's exact expansion;</li>
 *   <li>the text lives in a fixed 32-byte buffer: {@code f} falls back to {@code g} when the integer
 *       part does not fit, and {@code e} keeps at most 25 significant digits (24 with a sign).</li>
 * </ul>
 * Known differences: with precisions above about 25, and with {@code f} on values above 1e25,
 * MicroPython's scaled-integer mantissa produces other digit counts and stray digits that this exact
 * method does not imitate.
 */
public final class FloatFormat {
    /** Room for digits, point and exponent in formatfloat's buffer, without a sign character. */
    private static final int BUFFER = 33;
    private static final int EXPONENT_ROOM = 7;

    private FloatFormat() {
    }

    /** repr(x) and str(x). */
    public static String repr(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return format(x, 'g', -1, (char) 0);
        }
        if (Double.doubleToRawLongBits(x) < 0) {
            return "-" + repr(-x);
        }
        String s = shortestG(x);
        if (s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('n') < 0) {
            s = s + ".0";
        }
        return s;
    }

    /**
     * One conversion: {@code fmt} is one of e E f F g G, {@code prec} the precision or negative for the
     * default 6, {@code sign} '+' or ' ' to show on non-negative values, or 0 for none.
     */
    public static String format(double x, char fmt, int prec, char sign) {
        StringBuilder out = new StringBuilder();
        boolean negative = (Double.doubleToRawLongBits(x) < 0) && !Double.isNaN(x);
        if (negative) {
            out.append('-');
            x = -x;
        } else if (sign != 0) {
            out.append(sign);
        }
        boolean upper = Character.isUpperCase(fmt);
        if (Double.isInfinite(x) || Double.isNaN(x)) {
            out.append(Double.isNaN(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return out.toString();
        }
        int room = out.length() > 0 ? BUFFER - 1 : BUFFER;
        if (prec < 0) {
            prec = 6;
        }
        char lower = Character.toLowerCase(fmt);
        String body;
        if (lower == 'f') {
            body = fixedOrFallback(x, prec, room, upper);
        } else if (lower == 'e') {
            body = exponential(x, Math.min(prec, room - EXPONENT_ROOM - 2), upper);
        } else {
            body = general(x, prec, upper, true);
        }
        return out.append(body).toString();
    }

    /**
     * repr's digits: the first of 16..19 significant digits that reads back as {@code x}; the switch to
     * an exponent stays at 1e16 whatever the digit count (repr(30207100000000004.0) has an exponent).
     */
    private static String shortestG(double x) {
        String s = null;
        for (int prec = 16; prec <= 19; prec++) {
            s = general(x, prec, false, false, 16);
            if (Double.isNaN(x) || Double.isInfinite(x) || Double.parseDouble(s) == x) {
                return s;
            }
        }
        return s;
    }

    /** The value to print: the repr's decimal when it has no more digits than asked for, else exact. */
    private static BigDecimal roundSignificant(double x, int digits, boolean padShortest) {
        if (x == 0) {
            return BigDecimal.ZERO;
        }
        if (!padShortest) {
            return new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_UP));
        }
        BigDecimal shortest = new BigDecimal(shortestG(x));
        if (shortest.stripTrailingZeros().precision() <= digits) {
            return shortest;
        }
        return new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_UP));
    }

    private static BigDecimal roundDecimals(double x, int decimals) {
        if (x == 0) {
            return BigDecimal.ZERO.setScale(decimals);
        }
        BigDecimal shortest = new BigDecimal(shortestG(x));
        if (shortest.stripTrailingZeros().scale() <= decimals) {
            return shortest.setScale(decimals);
        }
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * The decimal exponent as formatfloat finds it, by comparing with powers of ten held as doubles:
     * the double nearest 1e24 lies below 10^24, yet counts as 24 here.
     */
    private static int decimalExponent(double x) {
        if (x == 0) {
            return 0;
        }
        int e = exponentOf(new BigDecimal(x));
        if (e + 1 <= 308 && x >= Double.parseDouble("1e" + (e + 1))) {
            e++;
        }
        return e;
    }

    /** The decimal exponent of the leading digit (0 for zero). */
    private static int exponentOf(BigDecimal d) {
        if (d.signum() == 0) {
            return 0;
        }
        return d.precision() - d.scale() - 1;
    }

    private static String fixedOrFallback(double x, int prec, int room, boolean upper) {
        int e = decimalExponent(x);
        if (e >= 1 && prec + e >= room - 1) {
            // the digits do not fit formatfloat's buffer: it prints %g with the digit count of %f
            return general(x, prec + 1, upper, true);
        }
        // the buffer also caps the decimals; below 0.1 a separate zero-prefix path keeps one more
        int decimals = Math.min(prec, e >= -1 ? room - 4 - Math.max(e, 0) : room - 3);
        return roundDecimals(x, Math.max(decimals, 0)).toPlainString();
    }

    private static String exponential(double x, int prec, boolean upper) {
        BigDecimal d = roundSignificant(x, prec + 1, true);
        int exp = exponentOf(d);
        String mantissa = d.movePointLeft(exp).setScale(prec, RoundingMode.UNNECESSARY).toPlainString();
        return mantissa + exponentSuffix(exp, upper);
    }

    private static String general(double x, int prec, boolean upper, boolean padShortest) {
        int digits = prec == 0 ? 1 : Math.min(prec, BUFFER - EXPONENT_ROOM - 1);
        return general(x, digits, upper, padShortest, digits);
    }

    /** {@code fixedBelow}: exponents from -4 up to this (exclusive) print without an exponent. */
    private static String general(double x, int digits, boolean upper, boolean padShortest, int fixedBelow) {
        BigDecimal d = roundSignificant(x, digits, padShortest);
        int exp = exponentOf(d);
        if (exp >= -4 && exp < fixedBelow) {
            String s = d.setScale(Math.max(digits - 1 - exp, 0), RoundingMode.UNNECESSARY).toPlainString();
            return stripZeros(s);
        }
        String mantissa = d.movePointLeft(exp).setScale(digits - 1, RoundingMode.UNNECESSARY).toPlainString();
        return stripZeros(mantissa) + exponentSuffix(exp, upper);
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String exponentSuffix(int exp, boolean upper) {
        StringBuilder sb = new StringBuilder();
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
        return sb.toString();
    }
}

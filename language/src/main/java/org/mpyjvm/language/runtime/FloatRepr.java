package org.mpyjvm.language.runtime;

import java.math.BigDecimal;

/**
 * repr() of a float as MicroPython prints it: the shortest digits that round-trip, fixed notation for decimal
 * exponents -5..15, scientific ({@code 1e+16}) outside. lang-pure's format package holds the full engine.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exponent = digits.length() - 1 - bd.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent >= 16 || exponent < -4) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            return sign + mantissa + "e" + exp;
        }
        String plain = bd.toPlainString();
        if (plain.indexOf('.') < 0) {
            plain = plain + ".0";
        }
        return sign + plain;
    }
}

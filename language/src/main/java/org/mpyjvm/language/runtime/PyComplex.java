package org.mpyjvm.language.runtime;

import org.mpyjvm.language.format.FloatFormat;

/** A complex number (the unix port has them), immutable; arithmetic is in {@link ComplexMath}. */
public record PyComplex(double real, double imag) implements PyObject {
    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.COMPLEX;
    }

    /**
     * py/objcomplex.c's print: just the imaginary part when the real part is 0 ({@code 2j}, {@code -0j}), else
     * {@code (re+imj)}, each part as a float prints but without a trailing ".0".
     */
    public String repr() {
        if (real == 0) {
            return part(imag) + "j";
        }
        // the sign bit decides, as C's %+g does: an imaginary part of -0.0 prints "-0j", not "+-0j"
        String sign = Double.isNaN(imag) || Math.copySign(1.0, imag) > 0 ? "+" : "";
        return "(" + part(real) + sign + part(imag) + "j)";
    }

    private static String part(double x) {
        String s = FloatFormat.repr(x);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}

package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mpyjvm.language.errors.Errors;

/** Complex arithmetic with py/objcomplex.c's formulas (so results match MicroPython to the last bit). */
public final class ComplexMath {
    private ComplexMath() {
    }

    /** An int, float or complex as a complex; null for anything else. */
    public static PyComplex of(Object o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof Double || PyOps.isInt(o)) {
            return new PyComplex(PyOps.toDouble(o), 0);
        }
        return null;
    }

    /** {@code a op b} when one side is complex and the other a number; null when the types do not combine. */
    @TruffleBoundary
    public static Object binary(Arithmetic.Op op, Object a, Object b) {
        PyComplex x = of(a);
        PyComplex y = of(b);
        if (x == null || y == null) {
            return null;
        }
        double lr = x.real();
        double li = x.imag();
        double rr = y.real();
        double ri = y.imag();
        switch (op) {
            case ADD:
                return new PyComplex(lr + rr, li + ri);
            case SUB:
                return new PyComplex(lr - rr, li - ri);
            case MUL:
                return new PyComplex(lr * rr - li * ri, lr * ri + li * rr);
            case TRUEDIV:
                if (ri == 0) {
                    if (rr == 0) {
                        throw Errors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "complex divide by zero");
                    }
                    return new PyComplex(lr / rr, li / rr);
                }
                if (rr == 0) {
                    return new PyComplex(li / ri, -lr / ri);
                }
                double lenSq = rr * rr + ri * ri;
                double qr = rr / lenSq;
                double qi = ri / -lenSq;
                return new PyComplex(lr * qr - li * qi, lr * qi + li * qr);
            case FLOORDIV:
                throw Errors.typeError("can't truncate-divide a complex number");
            case MOD:
                // py/objcomplex.c has no modulo case, so the generic unsupported-types error is raised
                throw Errors.unsupportedBinary(op.dunder, a, b);
            case POW:
                return power(lr, li, rr, ri);
            default:
                return null;
        }
    }

    /** z1 ** z2 through logs: x1 = ln|z1|, y1 = arg z1, then exp(c*x1 - d*y1) at angle c*y1 + d*x1. */
    private static PyComplex power(double a, double b, double c, double d) {
        if (c == 0 && d == 0) {
            return new PyComplex(1, 0);
        }
        if (a == 0 && b == 0) {
            if (d != 0 || c < 0) {
                throw Errors.create(BuiltinTypes.ZERO_DIVISION_ERROR, "0.0 to a complex power");
            }
            return new PyComplex(0, 0);
        }
        double x1 = Math.log(a * a + b * b) / 2;
        double y1 = Math.atan2(b, a);
        double x2 = c * x1 - d * y1;
        double y2 = c * y1 + d * x1;
        double ex = Math.exp(x2);
        return new PyComplex(ex * Math.cos(y2), ex * Math.sin(y2));
    }

    public static double abs(PyComplex c) {
        return Math.sqrt(c.real() * c.real() + c.imag() * c.imag());
    }

    /** complex(x[, y]) and complex("1+2j"). */
    @TruffleBoundary
    public static PyComplex construct(Object[] a) {
        if (a.length == 0) {
            return new PyComplex(0, 0);
        }
        if (a[0] instanceof String s && a.length == 1) {
            return parse(s);
        }
        PyComplex re = of(a[0]);
        PyComplex im = a.length > 1 ? of(a[1]) : new PyComplex(0, 0);
        if (re == null || im == null) {
            throw Errors.typeError("can't convert " + PyOps.typeName(re == null ? a[0] : a[1]) + " to complex");
        }
        return new PyComplex(re.real() - im.imag(), re.imag() + im.real());
    }

    private static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        try {
            if (!s.endsWith("j") && !s.endsWith("J")) {
                return new PyComplex(Double.parseDouble(s), 0);
            }
            String body = s.substring(0, s.length() - 1);
            int split = -1;
            for (int i = body.length() - 1; i > 0; i--) {
                char ch = body.charAt(i);
                if ((ch == '+' || ch == '-') && Character.toLowerCase(body.charAt(i - 1)) != 'e') {
                    split = i;
                    break;
                }
            }
            if (split < 0) {
                return new PyComplex(0, imagPart(body));
            }
            return new PyComplex(Double.parseDouble(body.substring(0, split)), imagPart(body.substring(split)));
        } catch (NumberFormatException e) {
            throw Errors.valueError("invalid syntax for number");
        }
    }

    private static double imagPart(String s) {
        return s.isEmpty() || s.equals("+") ? 1 : s.equals("-") ? -1 : Double.parseDouble(s);
    }
}

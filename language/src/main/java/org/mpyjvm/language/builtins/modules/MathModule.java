package org.mpyjvm.language.builtins.modules;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.mpyjvm.language.algorithms.SpecialFunctions;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/**
 * math, as py/modmath.c: a result that is NaN from a non-NaN argument, or infinite from a finite one, is
 * "math domain error" (a ValueError, also for overflow); ceil/floor/trunc return ints. erf, erfc, gamma and lgamma
 * (MICROPY_PY_MATH_SPECIAL_FUNCTIONS, on in the unix port) come from {@link SpecialFunctions}, as the JDK has none;
 * their poles go through the same check (gamma(0), gamma(-1), lgamma(-2) are "math domain error").
 */
@BuiltinModule("math")
public final class MathModule implements ModuleDefinition {
    @Override
    public void initialize(ModuleSetup setup) {
        setup.setAttribute("e", Math.E);
        setup.setAttribute("pi", Math.PI);
        setup.setAttribute("tau", 2 * Math.PI);
        setup.setAttribute("inf", Double.POSITIVE_INFINITY);
        setup.setAttribute("nan", Double.NaN);
    }

    private static double f(Object o) {
        return PyOps.toDouble(o);
    }

    private static Object one(Object x, DoubleUnaryOperator op) {
        double v = f(x);
        return checked(op.applyAsDouble(v), Double.isNaN(v), Double.isInfinite(v));
    }

    private static Object two(Object x, Object y, DoubleBinaryOperator op) {
        double a = f(x);
        double b = f(y);
        return checked(op.applyAsDouble(a, b), Double.isNaN(a) || Double.isNaN(b),
            Double.isInfinite(a) || Double.isInfinite(b));
    }

    private static double checked(double r, boolean argNaN, boolean argInf) {
        if (Double.isNaN(r) && !argNaN || Double.isInfinite(r) && !argInf) {
            throw Errors.valueError("math domain error");
        }
        return r;
    }

    private static Object toInt(double d) {
        return PyOps.intFromFloat(d);
    }

    @Builtin(name = "sqrt", minArgs = 1)
    public static Object sqrt(Object[] a) {
        return one(a[0], Math::sqrt);
    }

    @Builtin(name = "erf", minArgs = 1)
    public static Object erf(Object[] a) {
        return one(a[0], SpecialFunctions::erf);
    }

    @Builtin(name = "erfc", minArgs = 1)
    public static Object erfc(Object[] a) {
        return one(a[0], SpecialFunctions::erfc);
    }

    @Builtin(name = "gamma", minArgs = 1)
    public static Object gamma(Object[] a) {
        return one(a[0], SpecialFunctions::gamma);
    }

    @Builtin(name = "lgamma", minArgs = 1)
    public static Object lgamma(Object[] a) {
        return one(a[0], SpecialFunctions::lgamma);
    }

    @Builtin(name = "exp", minArgs = 1)
    public static Object exp(Object[] a) {
        return one(a[0], Math::exp);
    }

    @Builtin(name = "expm1", minArgs = 1)
    public static Object expm1(Object[] a) {
        return one(a[0], Math::expm1);
    }

    @Builtin(name = "log", minArgs = 1, maxArgs = 2)
    public static Object log(Object[] a) {
        double x = f(a[0]);
        if (x <= 0) {
            throw Errors.valueError("math domain error");
        }
        double r = Math.log(x);
        if (a.length > 1) {
            double base = f(a[1]);
            if (base <= 0) {
                throw Errors.valueError("math domain error");
            }
            if (base == 1) {
                throw Errors.create(org.mpyjvm.language.runtime.BuiltinTypes.ZERO_DIVISION_ERROR, "divide by zero");
            }
            r /= Math.log(base);
        }
        return r;
    }

    @Builtin(name = "log2", minArgs = 1)
    public static Object log2(Object[] a) {
        return one(a[0], v -> v < 0 ? Double.NaN : Math.log(v) / Math.log(2));
    }

    @Builtin(name = "log10", minArgs = 1)
    public static Object log10(Object[] a) {
        return one(a[0], Math::log10);
    }

    @Builtin(name = "pow", minArgs = 2)
    public static Object pow(Object[] a) {
        return two(a[0], a[1], Math::pow);
    }

    @Builtin(name = "sin", minArgs = 1)
    public static Object sin(Object[] a) {
        return one(a[0], Math::sin);
    }

    @Builtin(name = "cos", minArgs = 1)
    public static Object cos(Object[] a) {
        return one(a[0], Math::cos);
    }

    @Builtin(name = "tan", minArgs = 1)
    public static Object tan(Object[] a) {
        return one(a[0], Math::tan);
    }

    @Builtin(name = "asin", minArgs = 1)
    public static Object asin(Object[] a) {
        return one(a[0], Math::asin);
    }

    @Builtin(name = "acos", minArgs = 1)
    public static Object acos(Object[] a) {
        return one(a[0], Math::acos);
    }

    @Builtin(name = "atan", minArgs = 1)
    public static Object atan(Object[] a) {
        return one(a[0], Math::atan);
    }

    @Builtin(name = "atan2", minArgs = 2)
    public static Object atan2(Object[] a) {
        return two(a[0], a[1], Math::atan2);
    }

    @Builtin(name = "sinh", minArgs = 1)
    public static Object sinh(Object[] a) {
        return one(a[0], Math::sinh);
    }

    @Builtin(name = "cosh", minArgs = 1)
    public static Object cosh(Object[] a) {
        return one(a[0], Math::cosh);
    }

    @Builtin(name = "tanh", minArgs = 1)
    public static Object tanh(Object[] a) {
        return one(a[0], Math::tanh);
    }

    @Builtin(name = "asinh", minArgs = 1)
    public static Object asinh(Object[] a) {
        return one(a[0], v -> Double.isInfinite(v) ? v : Math.log(v + Math.sqrt(v * v + 1)));
    }

    @Builtin(name = "acosh", minArgs = 1)
    public static Object acosh(Object[] a) {
        return one(a[0], v -> v < 1 ? Double.NaN : Math.log(v + Math.sqrt(v * v - 1)));
    }

    @Builtin(name = "atanh", minArgs = 1)
    public static Object atanh(Object[] a) {
        return one(a[0], v -> Math.abs(v) > 1 ? Double.NaN : 0.5 * Math.log((1 + v) / (1 - v)));
    }

    @Builtin(name = "fabs", minArgs = 1)
    public static Object fabs(Object[] a) {
        return Math.abs(f(a[0]));
    }

    @Builtin(name = "copysign", minArgs = 2)
    public static Object copysign(Object[] a) {
        return Math.copySign(f(a[0]), f(a[1]));
    }

    @Builtin(name = "fmod", minArgs = 2)
    public static Object fmod(Object[] a) {
        return two(a[0], a[1], (x, y) -> x % y);
    }

    @Builtin(name = "hypot", minArgs = 2)
    public static Object hypot(Object[] a) {
        return two(a[0], a[1], Math::hypot);
    }

    @Builtin(name = "degrees", minArgs = 1)
    public static Object degrees(Object[] a) {
        return Math.toDegrees(f(a[0]));
    }

    @Builtin(name = "radians", minArgs = 1)
    public static Object radians(Object[] a) {
        return Math.toRadians(f(a[0]));
    }

    @Builtin(name = "ceil", minArgs = 1)
    public static Object ceil(Object[] a) {
        return toInt(Math.ceil(f(a[0])));
    }

    @Builtin(name = "floor", minArgs = 1)
    public static Object floor(Object[] a) {
        return toInt(Math.floor(f(a[0])));
    }

    @Builtin(name = "trunc", minArgs = 1)
    public static Object trunc(Object[] a) {
        double v = f(a[0]);
        return toInt(v < 0 ? Math.ceil(v) : Math.floor(v));
    }

    @Builtin(name = "isfinite", minArgs = 1)
    public static Object isfinite(Object[] a) {
        return Double.isFinite(f(a[0]));
    }

    @Builtin(name = "isinf", minArgs = 1)
    public static Object isinf(Object[] a) {
        return Double.isInfinite(f(a[0]));
    }

    @Builtin(name = "isnan", minArgs = 1)
    public static Object isnan(Object[] a) {
        return Double.isNaN(f(a[0]));
    }

    @Builtin(name = "isclose", minArgs = 2, keywords = true)
    public static Object isclose(Object[] a, org.mpyjvm.language.runtime.PyKeywords kw) {
        double x = f(a[0]);
        double y = f(a[1]);
        double rel = kw.get("rel_tol") != null ? f(kw.get("rel_tol")) : 1e-9;
        double abs = kw.get("abs_tol") != null ? f(kw.get("abs_tol")) : 0;
        if (x == y) {
            return true;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
        }
        double diff = Math.abs(y - x);
        return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    }

    /** frexp(x): (m, e) with x == m * 2**e and 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf and nan). */
    @Builtin(name = "frexp", minArgs = 1)
    public static Object frexp(Object[] a) {
        double x = f(a[0]);
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return PyTuple.of(x, 0L);
        }
        int e = Math.getExponent(x) + 1;
        double m = x / Math.scalb(1.0, e);
        if (Math.abs(m) < 0.5) {
            // subnormal inputs: getExponent reports the minimum, so normalise the rest by hand
            while (Math.abs(m) < 0.5) {
                m *= 2;
                e--;
            }
        }
        return PyTuple.of(m, (long) e);
    }

    @Builtin(name = "ldexp", minArgs = 2)
    public static Object ldexp(Object[] a) {
        double x = f(a[0]);
        long e = PyOps.asLong(a[1]);
        return checked(Math.scalb(x, (int) Math.max(-100000, Math.min(100000, e))), Double.isNaN(x),
            Double.isInfinite(x));
    }

    /** modf(x): (fractional part, integral part), both carrying x's sign. */
    @Builtin(name = "modf", minArgs = 1)
    public static Object modf(Object[] a) {
        double x = f(a[0]);
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        double frac = Double.isInfinite(x) ? Math.copySign(0.0, x) : Math.copySign(x - whole, x);
        return PyTuple.of(frac, whole);
    }
}

package org.mpyjvm.language.builtins.modules;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.ComplexMath;
import org.mpyjvm.language.runtime.PyComplex;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/**
 * cmath, the set the unix port has (py/modcmath.c): e, pi, phase, polar, rect, exp, log, log10, sqrt, cos, sin.
 * Unlike math, nothing here raises a domain error: each function is one closed formula on the real and imaginary
 * parts, and infinities or NaNs simply come out of it (cmath.exp(1000) is (inf+nanj), cmath.log(0) is (-inf+0j)).
 * The formulas are MicroPython's (sqrt goes through |z|**0.25 and half the angle, so sqrt(-1) has a real part of
 * 6e-17), so the results agree with it bit for bit wherever the platform's libm does.
 */
@BuiltinModule("cmath")
public final class CmathModule implements ModuleDefinition {
    /** 1 / ln(10), the factor that turns the natural-log angle into log10's imaginary part. */
    private static final double INV_LN10 = 0.4342944819032518;

    @Override
    public void initialize(ModuleSetup setup) {
        setup.setAttribute("e", Math.E);
        setup.setAttribute("pi", Math.PI);
    }

    private static PyComplex z(Object o) {
        PyComplex c = ComplexMath.of(o);
        if (c == null) {
            throw Errors.cantConvert(o, "complex");
        }
        return c;
    }

    @Builtin(name = "phase", minArgs = 1)
    public static Object phase(Object[] a) {
        PyComplex c = z(a[0]);
        return Math.atan2(c.imag(), c.real());
    }

    @Builtin(name = "polar", minArgs = 1)
    public static Object polar(Object[] a) {
        PyComplex c = z(a[0]);
        double r = c.real();
        double i = c.imag();
        return PyTuple.of(Math.sqrt(r * r + i * i), Math.atan2(i, r));
    }

    /** rect(r, phi): both arguments are floats (a complex is "can't convert complex to float"). */
    @Builtin(name = "rect", minArgs = 2)
    public static Object rect(Object[] a) {
        double r = PyOps.toDouble(a[0]);
        double phi = PyOps.toDouble(a[1]);
        return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
    }

    @Builtin(name = "exp", minArgs = 1)
    public static Object exp(Object[] a) {
        PyComplex c = z(a[0]);
        double e = Math.exp(c.real());
        return new PyComplex(e * Math.cos(c.imag()), e * Math.sin(c.imag()));
    }

    @Builtin(name = "log", minArgs = 1)
    public static Object log(Object[] a) {
        PyComplex c = z(a[0]);
        double r = c.real();
        double i = c.imag();
        return new PyComplex(0.5 * Math.log(r * r + i * i), Math.atan2(i, r));
    }

    @Builtin(name = "log10", minArgs = 1)
    public static Object log10(Object[] a) {
        PyComplex c = z(a[0]);
        double r = c.real();
        double i = c.imag();
        return new PyComplex(0.5 * Math.log10(r * r + i * i), INV_LN10 * Math.atan2(i, r));
    }

    @Builtin(name = "sqrt", minArgs = 1)
    public static Object sqrt(Object[] a) {
        PyComplex c = z(a[0]);
        double r = c.real();
        double i = c.imag();
        double root = Math.pow(r * r + i * i, 0.25);
        double half = 0.5 * Math.atan2(i, r);
        return new PyComplex(root * Math.cos(half), root * Math.sin(half));
    }

    @Builtin(name = "cos", minArgs = 1)
    public static Object cos(Object[] a) {
        PyComplex c = z(a[0]);
        return new PyComplex(Math.cos(c.real()) * Math.cosh(c.imag()), -Math.sin(c.real()) * Math.sinh(c.imag()));
    }

    @Builtin(name = "sin", minArgs = 1)
    public static Object sin(Object[] a) {
        PyComplex c = z(a[0]);
        return new PyComplex(Math.sin(c.real()) * Math.cosh(c.imag()), Math.cos(c.real()) * Math.sinh(c.imag()));
    }
}

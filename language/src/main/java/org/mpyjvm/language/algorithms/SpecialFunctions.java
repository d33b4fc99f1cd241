package org.mpyjvm.language.algorithms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * erf, erfc, gamma and lgamma for math (MicroPython's MICROPY_PY_MATH_SPECIAL_FUNCTIONS, which calls libm). The JDK
 * has none of them, so they are evaluated here in {@link BigDecimal} with {@value #DIGITS} significant digits and
 * rounded once to a double at the end: the result is the correctly rounded value except in rare ties, i.e. at
 * least as accurate as a good libm. Much slower than libm (about 0.1 ms a call), acceptable for these functions.
 *
 * <p>Methods:
 * <ul>
 * <li>|x| &lt; 2: erf by its Maclaurin series 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)) (the terms grow to
 * about e^(x^2) &lt; 55 before they shrink, so under two digits cancel), erfc as 1 - erf.</li>
 * <li>|x| &ge; 2: erfc by the continued fraction exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
 * evaluated backwards from a depth of 20 + 400/x^2 (relative error below 1e-23 at x = 2, less beyond); erf as
 * 1 - erfc, and for negative x erfc(x) = 2 - erfc(-x).</li>
 * <li>lgamma(x), x &gt; 0: shift to z = x + N &ge; 20 with lgamma(x) = lgamma(z) - ln(x (x+1) ... (x+N-1)), then
 * Stirling's series (z - 1/2) ln z - z + ln(2 pi)/2 + sum B_2k / (2k (2k-1) z^(2k-1)) with 15 Bernoulli terms
 * (the truncation error is below 1e-33 for z &ge; 20).</li>
 * <li>x &lt; 0 (not an integer): the reflection formula gamma(x) gamma(1-x) = pi / sin(pi x), with x first reduced
 * exactly to r = x - 2 round(x/2) in [-1, 1] so sin(pi r) keeps its relative accuracy next to the poles.</li>
 * <li>gamma(x) = +-exp(lgamma(x)).</li>
 * </ul>
 * e^y reduces y by multiples of ln 2 and then halves it 8 times before its Taylor series; ln y takes out the
 * power of two and sums 2 atanh((m-1)/(m+1)) for the mantissa m in [0.7, 1.42].
 * Poles follow C99 (which MicroPython's domain check turns into ValueError): gamma(+-0) = +-inf, gamma of a
 * negative integer is NaN, lgamma of 0 or a negative integer is +inf.
 */
public final class SpecialFunctions {
    private static final int DIGITS = 40;
    private static final MathContext MC = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494");
    private static final BigDecimal SQRT_PI = PI.sqrt(MC);
    /** ln 2 = 2 atanh(1/3). */
    private static final BigDecimal LN2 = atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC));
    private static final BigDecimal LN_PI = ln(PI);
    private static final BigDecimal HALF_LN_2PI = ln(PI.multiply(TWO)).divide(TWO, MC);
    /** Stirling's coefficients B_2k / (2k (2k-1)), k = 1..15. */
    private static final BigDecimal[] STIRLING = stirlingCoefficients(15);
    private static final BigDecimal SHIFT_TO = BigDecimal.valueOf(20);
    private static final double ERF_SATURATES = 6.0;
    private static final double SERIES_LIMIT = 2.0;

    private SpecialFunctions() {
    }

    public static double erf(double x) {
        if (Double.isNaN(x) || x == 0) {
            return x;
        }
        if (Math.abs(x) >= ERF_SATURATES) {
            return Math.signum(x);
        }
        if (Math.abs(x) < SERIES_LIMIT) {
            return erfSeries(new BigDecimal(x)).doubleValue();
        }
        double oneMinus = BigDecimal.ONE.subtract(erfcFraction(new BigDecimal(Math.abs(x))), MC).doubleValue();
        return x < 0 ? -oneMinus : oneMinus;
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= -ERF_SATURATES) {
            return 2.0;
        }
        if (Math.abs(x) < SERIES_LIMIT) {
            return BigDecimal.ONE.subtract(erfSeries(new BigDecimal(x)), MC).doubleValue();
        }
        if (x < 0) {
            return TWO.subtract(erfcFraction(new BigDecimal(-x)), MC).doubleValue();
        }
        if (x > 30) {
            return 0.0; // erfc(27.3) is already below the smallest subnormal
        }
        return erfcFraction(new BigDecimal(x)).doubleValue();
    }

    private static BigDecimal erfSeries(BigDecimal x) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal power = x; // (-1)^n x^(2n+1) / n!
        BigDecimal sum = x;
        BigDecimal eps = x.abs().movePointLeft(DIGITS + 3);
        for (int n = 1; n < 1000; n++) {
            power = power.multiply(x2, MC).divide(BigDecimal.valueOf(-n), MC);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        return sum.multiply(TWO, MC).divide(SQRT_PI, MC);
    }

    /** erfc(x) for x &ge; 2 (see the class comment). */
    private static BigDecimal erfcFraction(BigDecimal x) {
        double xd = x.doubleValue();
        int depth = 20 + (int) Math.ceil(400 / (xd * xd));
        BigDecimal t = x;
        for (int n = depth; n >= 1; n--) {
            t = x.add(BigDecimal.valueOf(n).divide(TWO.multiply(t, MC), MC), MC);
        }
        return exp(x.multiply(x).negate()).divide(SQRT_PI.multiply(t, MC), MC);
    }

    public static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x <= 0 && x == Math.rint(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == 1 || x == 2) {
            return 0.0; // exactly; the series would leave a residue of 1e-40
        }
        return lnAbsGamma(new BigDecimal(x)).doubleValue();
    }

    public static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 0) {
            return 1 / x; // +-inf, keeping the sign of zero
        }
        if (x < 0 && x == Math.rint(x)) {
            return Double.NaN; // also -inf
        }
        if (x > 172) {
            return Double.POSITIVE_INFINITY;
        }
        boolean negative = x < 0 && ((long) Math.floor(x) & 1) != 0;
        if (x < -200) {
            return negative ? -0.0 : 0.0; // |gamma| < 1e-370
        }
        if (x == Math.rint(x)) {
            return factorial((int) x - 1); // (x-1)! exactly, rounded once
        }
        double magnitude = exp(lnAbsGamma(new BigDecimal(x))).doubleValue();
        return negative ? -magnitude : magnitude;
    }

    private static double factorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return new BigDecimal(r).doubleValue();
    }

    /** ln |gamma(x)| for x not a pole. */
    private static BigDecimal lnAbsGamma(BigDecimal x) {
        if (x.signum() > 0) {
            return lnGammaPositive(x);
        }
        // x = r + 2k exactly, r in [-1, 1]: sin(pi x) = sin(pi r)
        BigDecimal twoK = x.divide(TWO, MathContext.UNLIMITED).setScale(0, RoundingMode.HALF_EVEN).multiply(TWO);
        BigDecimal r = x.subtract(twoK);
        BigDecimal sin = sin(PI.multiply(r, MC)).abs();
        return LN_PI.subtract(ln(sin), MC).subtract(lnGammaPositive(BigDecimal.ONE.subtract(x, MC)), MC);
    }

    private static BigDecimal lnGammaPositive(BigDecimal x) {
        BigDecimal z = x;
        BigDecimal product = BigDecimal.ONE;
        while (z.compareTo(SHIFT_TO) < 0) {
            product = product.multiply(z, MC);
            z = z.add(BigDecimal.ONE, MC);
        }
        BigDecimal result = z.subtract(new BigDecimal("0.5")).multiply(ln(z), MC).subtract(z, MC).add(HALF_LN_2PI, MC);
        BigDecimal zInv = BigDecimal.ONE.divide(z, MC);
        BigDecimal zInv2 = zInv.multiply(zInv, MC);
        BigDecimal power = zInv;
        for (BigDecimal c : STIRLING) {
            result = result.add(c.multiply(power, MC), MC);
            power = power.multiply(zInv2, MC);
        }
        return product.compareTo(BigDecimal.ONE) == 0 ? result : result.subtract(ln(product), MC);
    }

    /** e^y for |y| &lt; 1e6. */
    static BigDecimal exp(BigDecimal y) {
        MathContext wide = new MathContext(DIGITS + 6, RoundingMode.HALF_EVEN);
        long k = Math.round(y.doubleValue() / Math.log(2));
        BigDecimal r = y.subtract(LN2.multiply(BigDecimal.valueOf(k)), wide);
        final int halvings = 8;
        r = r.divide(BigDecimal.valueOf(1 << halvings), wide);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(DIGITS + 6);
        for (int n = 1; n < 100; n++) {
            term = term.multiply(r, wide).divide(BigDecimal.valueOf(n), wide);
            sum = sum.add(term, wide);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, wide);
        }
        BigDecimal twoPower = TWO.pow((int) Math.abs(k));
        return k >= 0 ? sum.multiply(twoPower, MC) : sum.divide(twoPower, MC);
    }

    /** ln y for y &gt; 0. */
    static BigDecimal ln(BigDecimal y) {
        double d = y.doubleValue();
        if (d < Double.MIN_NORMAL || Double.isInfinite(d)) {
            // beyond the double range: ln(m * 10^e) = ln m + e ln 10
            int e = y.precision() - y.scale() - 1;
            return ln(y.movePointLeft(e)).add(ln(BigDecimal.TEN).multiply(BigDecimal.valueOf(e)), MC);
        }
        int k = Math.getExponent(d);
        if (d / Math.scalb(1.0, k) > Math.sqrt(2)) {
            k++;
        }
        BigDecimal twoPower = TWO.pow(Math.abs(k));
        BigDecimal m = k >= 0 ? y.divide(twoPower, MC) : y.multiply(twoPower, MC);
        BigDecimal s = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
        return atanhSeries(s).add(LN2.multiply(BigDecimal.valueOf(k)), MC);
    }

    /** 2 atanh(s) = ln((1+s)/(1-s)) = 2 (s + s^3/3 + s^5/5 + ...), for |s| &le; 1/3. */
    private static BigDecimal atanhSeries(BigDecimal s) {
        BigDecimal s2 = s.multiply(s, MC);
        BigDecimal power = s;
        BigDecimal sum = s;
        BigDecimal eps = s.abs().movePointLeft(DIGITS + 3);
        for (int n = 1; n < 1000 && power.signum() != 0; n++) {
            power = power.multiply(s2, MC);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        return sum.multiply(TWO);
    }

    /** sin(a) for |a| &le; pi by its Maclaurin series. */
    private static BigDecimal sin(BigDecimal a) {
        BigDecimal a2 = a.multiply(a, MC);
        BigDecimal term = a;
        BigDecimal sum = a;
        if (a.signum() == 0) {
            return a;
        }
        BigDecimal eps = sum.abs().movePointLeft(DIGITS + 5);
        for (int n = 1; n < 500; n++) {
            term = term.multiply(a2, MC).divide(BigDecimal.valueOf(-(2L * n) * (2L * n + 1)), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        return sum;
    }

    /** B_2k / (2k (2k-1)) for k = 1..count, from Bernoulli numbers made exactly by the Akiyama-Tanigawa algorithm. */
    private static BigDecimal[] stirlingCoefficients(int count) {
        BigInteger[][] bernoulli = bernoulli(2 * count);
        BigDecimal[] c = new BigDecimal[count];
        for (int k = 1; k <= count; k++) {
            BigInteger num = bernoulli[2 * k][0];
            BigInteger den = bernoulli[2 * k][1].multiply(BigInteger.valueOf(2L * k * (2L * k - 1)));
            c[k - 1] = new BigDecimal(num).divide(new BigDecimal(den), MC);
        }
        return c;
    }

    /** Bernoulli numbers B_0..B_n as reduced {numerator, denominator} pairs (B_1 = +1/2 in this convention). */
    static BigInteger[][] bernoulli(int n) {
        BigInteger[][] result = new BigInteger[n + 1][];
        BigInteger[] num = new BigInteger[n + 1];
        BigInteger[] den = new BigInteger[n + 1];
        for (int m = 0; m <= n; m++) {
            num[m] = BigInteger.ONE;
            den[m] = BigInteger.valueOf(m + 1L);
            for (int j = m; j >= 1; j--) {
                // a[j-1] = j * (a[j-1] - a[j])
                BigInteger nn = num[j - 1].multiply(den[j]).subtract(num[j].multiply(den[j - 1]))
                    .multiply(BigInteger.valueOf(j));
                BigInteger dd = den[j - 1].multiply(den[j]);
                BigInteger g = nn.gcd(dd);
                if (g.signum() != 0) {
                    nn = nn.divide(g);
                    dd = dd.divide(g);
                }
                if (dd.signum() < 0) {
                    nn = nn.negate();
                    dd = dd.negate();
                }
                num[j - 1] = nn;
                den[j - 1] = dd.signum() == 0 ? BigInteger.ONE : dd;
            }
            result[m] = new BigInteger[]{num[0], den[0]};
        }
        return result;
    }
}

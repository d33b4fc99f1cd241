package org.mpyjvm.language.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * erf, erfc, gamma and lgamma against correctly rounded references (computed with 60-digit arithmetic by mpmath,
 * independent of this code), poles as C99 gives them, and seeded identities over random arguments.
 */
class SpecialFunctionsTest {
    private static final double[][] ERF = {
        {0.1, 0.1124629160182849, 0.887537083981715},
        {0.5, 0.5204998778130465, 0.4795001221869535},
        {1.0, 0.8427007929497149, 0.15729920705028513},
        {1.5, 0.9661051464753108, 0.033894853524689274},
        {2.5, 0.999593047982555, 0.0004069520174449589},
        {3.7, 0.9999998328489421, 1.6715105790914599e-07},
        {5.9, 0.9999999999999999, 7.190409783550478e-17},
        {-0.3, -0.3286267594591274, 1.3286267594591274},
        {-1.7, -0.9837904585907745, 1.9837904585907746},
    };

    private static final double[][] GAMMA = {
        {0.1, 9.51350769866873, 2.252712651734206},
        {0.5, 1.772453850905516, 0.5723649429247001},
        {2.5, 1.329340388179137, 0.2846828704729192},
        {7.3, 1271.4236336639087, 7.147892523022248},
        {33.3, 7.487577596522633e+35, 82.60372358165495},
        {170.5, 5.56209241456e+305, 704.0044277342047},
        {-0.5, -3.544907701811032, 1.2655121234846454},
        {-2.5, -0.9453087204829419, -0.056243716497674054},
        {-3.3, 0.43851739219876307, -0.8243558050174264},
        {1e-10, 9999999999.422785, 23.025850929882736},
        {-170.5, -3.3127395215386074e-308, -707.9984331450788},
        {1e-300, 9.999999999999999e+299, 690.7755278982137},
    };

    @Test
    void erfAndErfcAreCorrectlyRounded() {
        for (double[] row : ERF) {
            assertEquals(row[1], SpecialFunctions.erf(row[0]), "erf(" + row[0] + ")");
            assertEquals(row[2], SpecialFunctions.erfc(row[0]), "erfc(" + row[0] + ")");
        }
    }

    @Test
    void erfcKeepsRelativePrecisionInTheTail() {
        assertEquals(3.8421483271206475e-20, SpecialFunctions.erfc(6.5));
        assertEquals(2.088487583762545e-45, SpecialFunctions.erfc(10.0));
        assertEquals(5.663192408856143e-296, SpecialFunctions.erfc(26.0));
        assertEquals(5.23705e-319, SpecialFunctions.erfc(27.0)); // subnormal, rounded once
        assertEquals(0.0, SpecialFunctions.erfc(40.0));
        assertEquals(2.0, SpecialFunctions.erfc(-40.0));
    }

    @Test
    void gammaAndLgammaAreCorrectlyRounded() {
        for (double[] row : GAMMA) {
            assertEquals(row[1], SpecialFunctions.gamma(row[0]), "gamma(" + row[0] + ")");
            assertEquals(row[2], SpecialFunctions.lgamma(row[0]), "lgamma(" + row[0] + ")");
        }
        assertEquals(6.897755278982137e+302, SpecialFunctions.lgamma(1e300));
    }

    @Test
    void integersGiveExactFactorials() {
        assertEquals(1.0, SpecialFunctions.gamma(1));
        assertEquals(362880.0, SpecialFunctions.gamma(10));
        assertEquals(new java.math.BigDecimal(factorial(170)).doubleValue(), SpecialFunctions.gamma(171));
        assertEquals(0.0, SpecialFunctions.lgamma(1));
        assertEquals(0.0, SpecialFunctions.lgamma(2));
    }

    @Test
    void polesAndSpecialValuesFollowC99() {
        assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.gamma(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.gamma(-0.0));
        assertTrue(Double.isNaN(SpecialFunctions.gamma(-1)));
        assertTrue(Double.isNaN(SpecialFunctions.gamma(Double.NEGATIVE_INFINITY)));
        assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.gamma(172));
        assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.lgamma(0));
        assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.lgamma(-7));
        assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.lgamma(Double.NEGATIVE_INFINITY));
        assertEquals(-0.0, SpecialFunctions.erf(-0.0));
        assertEquals(1.0, SpecialFunctions.erf(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(SpecialFunctions.erfc(Double.NaN)));
        assertEquals(-0.0, SpecialFunctions.gamma(-250.5)); // underflows, sign of (-1)^251
        assertEquals(0.0, SpecialFunctions.gamma(-251.5));
    }

    @Test
    void bernoulliNumbersAreExact() {
        BigInteger[][] b = SpecialFunctions.bernoulli(12);
        assertEquals(BigInteger.valueOf(-691), b[12][0]);
        assertEquals(BigInteger.valueOf(2730), b[12][1]);
        assertEquals(BigInteger.ZERO, b[11][0]);
        assertEquals(BigInteger.valueOf(5), b[10][0]);
        assertEquals(BigInteger.valueOf(66), b[10][1]);
    }

    /** gamma(x+1) = x gamma(x) and erf + erfc = 1, to within rounding, for random x. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void identitiesHoldForRandomArguments(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            // a multiple of 2^-40, so that x + 1 is exact and only the functions' rounding shows
            double x = Math.scalb(Math.floor(Math.scalb(0.05 + random.nextDouble() * 30, 40)), -40);
            double ratio = SpecialFunctions.gamma(x + 1) / (x * SpecialFunctions.gamma(x));
            assertEquals(1.0, ratio, 5e-16, "gamma recurrence at " + x);
            double z = random.nextDouble() * 8 - 4;
            assertEquals(1.0, SpecialFunctions.erf(z) + SpecialFunctions.erfc(z), 4e-16, "erf + erfc at " + z);
            assertEquals(-SpecialFunctions.erf(z), SpecialFunctions.erf(-z), "erf is odd at " + z);
            double lg = SpecialFunctions.lgamma(x);
            assertEquals(Math.log(SpecialFunctions.gamma(x)), lg, 1e-14 * Math.max(1, Math.abs(lg)), "lgamma at " + x);
        }
    }

    private static BigInteger factorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return r;
    }
}

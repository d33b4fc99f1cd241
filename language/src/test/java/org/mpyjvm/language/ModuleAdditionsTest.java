package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * cmath, sys.stdout.buffer and locals() in a class body, against outputs recorded from the real MicroPython 1.27
 * (npm webassembly build). Only cmath results where the JDK's and musl's libm agree to the last bit are printed in
 * full.
 */
class ModuleAdditionsTest {
    private static void check(String code, String expected) {
        assertEquals(expected + "[exit 0]", ScriptRunner.run(code));
    }

    @Test
    void cmathFollowsModcmathFormulas() {
        check("import cmath\n"
            + "print(cmath.e, cmath.pi)\n"
            + "print(cmath.phase(-1), cmath.polar(1+2j), cmath.sqrt(-1), cmath.exp(1j))\n"
            + "print(cmath.log(-3-4j), cmath.log10(1+2j), cmath.cos(1), cmath.sin(2.5))\n"
            + "print(cmath.rect(2, 0.5), cmath.log(0), cmath.exp(1000), cmath.sqrt(0j))\n"
            + "print(type(cmath.phase(1)), type(cmath.sqrt(4)), cmath.polar(10**30))\n",
            "2.718281828459045 3.141592653589793\n"
            + "3.141592653589793 (2.23606797749979, 1.1071487177940904) (6.123233995736766e-17+1j) "
            + "(0.5403023058681398+0.8414709848078965j)\n"
            + "(1.6094379124341003-2.214297435588181j) (0.34948500216800943+0.4808285787842341j) "
            + "(0.5403023058681398-0j) (0.5984721441039564-0j)\n"
            + "(1.7551651237807455+0.958851077208406j) (-inf+0j) (inf+nanj) 0j\n"
            + "<class 'float'> <class 'complex'> (1e+30, 0.0)\n");
    }

    @Test
    void cmathRejectsWhatIsNotANumber() {
        check("import cmath\n"
            + "for f, a in ((cmath.sqrt, 'x'), (cmath.phase, None), (cmath.rect, 1j)):\n"
            + "    try:\n        f(a) if f is not cmath.rect else f(a, 1)\n"
            + "    except TypeError as e:\n        print(e)\n",
            "can't convert str to complex\ncan't convert NoneType to complex\ncan't convert complex to float\n");
    }

    @Test
    void mathSpecialFunctionsRaiseDomainErrorsAtPoles() {
        check("import math\n"
            + "print(math.erf(1), math.erfc(2.5), math.gamma(0.5), math.lgamma(3), math.gamma(10))\n"
            + "for f, x in ((math.gamma, 0), (math.gamma, -1), (math.lgamma, -2), (math.gamma, 171.7)):\n"
            + "    try:\n        f(x)\n    except ValueError as e:\n        print(e)\n"
            + "print(math.lgamma(-math.inf), math.gamma(math.inf), math.erfc(-math.inf))\n",
            "0.8427007929497149 0.0004069520174449589 1.772453850905516 0.6931471805599453 362880.0\n"
            + "math domain error\nmath domain error\nmath domain error\nmath domain error\n"
            + "inf inf 2.0\n");
    }

    @Test
    void stdoutBufferWritesBytesInOrderWithText() {
        check("import sys\n"
            + "b = sys.stdout.buffer\n"
            + "print(sys.stdout, b, b is sys.stdout.buffer)\n"
            + "print('a', end='')\n"
            + "n = b.write(b'B')\n"
            + "sys.stdout.write('c')\n"
            + "m = b.write(bytearray(b'\\xe2\\x82\\xac\\n'))\n"
            + "print(n, m, sys.stdout.write('\\u20ac\\n'))\n"
            + "try:\n    b.write(3)\nexcept TypeError as e:\n    print(e)\n",
            "<io.TextIOWrapper 1> <io.FileIO 1> True\n"
            + "aBc\u20ac\n\u20ac\n1 4 4\nobject with buffer protocol required\n");
    }

    @Test
    void localsInAClassBodyIsTheNamespace() {
        check("class A:\n"
            + "    x = 1\n"
            + "    print(locals())\n"
            + "    locals()['y'] = 2\n"
            + "print(A.y, A.__qualname__, A.__module__)\n"
            + "def f():\n    return locals() is globals()\n"
            + "print(f())\n",
            "{'__module__': '__main__', 'x': 1, '__qualname__': 'A'}\n2 A __main__\nTrue\n");
    }
}

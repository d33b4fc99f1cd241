package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Whole scripts through a polyglot Context; expected outputs checked against MicroPython 1.27. */
class ScriptTest {
    private static void check(String code, String expected) {
        assertEquals(expected, ScriptRunner.run(code));
    }

    @Test
    void printsArithmetic() {
        check("print(1+2)\n", "3\n[exit 0]");
    }

    @Test
    void bigIntegersAndFloats() {
        check("print(2**100, 7//-2, 7%-2, -7%2, 1/3, 0.1+0.2, 10**20 - 10**20 + 5)\n",
            "1267650600228229401496703205376 -4 -1 1 0.3333333333333333 0.30000000000000004 5\n[exit 0]");
    }

    @Test
    void closuresAndNonlocal() {
        check("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n"
            + "    return inc\nc = counter()\nc()\nprint(c(), [x * x for x in range(4)])\n", "2 [0, 1, 4, 9]\n[exit 0]");
    }

    @Test
    void classesInheritanceSuperProperty() {
        check("class A:\n    def __init__(self, v):\n        self.v = v\n    def show(self):\n        return 'A' + str(self.v)\n"
            + "class B(A):\n    def __init__(self, v):\n        super().__init__(v * 2)\n    def show(self):\n"
            + "        return 'B' + super().show()\n    @property\n    def double(self):\n        return self.v * 2\n"
            + "b = B(3)\nprint(b.show(), b.double, isinstance(b, A), type(b).__name__)\n", "BA6 12 True B\n[exit 0]");
    }

    @Test
    void fStrings() {
        check("x = 5\nname = 'ab'\nprint(f'{x=}', f'{x!r:>4}', f'{3.0:{x}.{2}f}', f'{name:^6}|', f'{{}}')\n",
            "x=5    5  3.00   ab  | {}\n[exit 0]");
    }

    @Test
    void exceptionsAndTraceback() {
        check("def f():\n    return g\ntry:\n    f()\nexcept NameError as e:\n    print('caught', e)\n"
            + "print(repr(ValueError('a')), str(KeyError('k')))\nf()\n",
            "caught name 'g' isn't defined\nValueError('a',) k\nTraceback (most recent call last):\n"
            + "  File \"test.py\", line 8, in <module>\n  File \"test.py\", line 2, in f\n"
            + "NameError: name 'g' isn't defined\n[exit 1]");
    }

    @Test
    void bareReraiseAddsNoEntry() {
        check("def f():\n    try:\n        1/0\n    except ZeroDivisionError as e:\n        raise\nf()\n",
            "Traceback (most recent call last):\n  File \"test.py\", line 6, in <module>\n"
            + "  File \"test.py\", line 3, in f\nZeroDivisionError: divide by zero\n[exit 1]");
    }

    @Test
    void syntaxError() {
        check("x = (1,\n  2 3)\n", "Traceback (most recent call last):\n  File \"test.py\", line 2\n"
            + "SyntaxError: invalid syntax\n[exit 1]");
    }

    @Test
    void systemExitStatus() {
        check("import sys\nsys.exit(3)\n", "[exit 3]");
    }

    @Test
    void importErrorMessage() {
        check("import foo\n", "Traceback (most recent call last):\n  File \"test.py\", line 1, in <module>\n"
            + "ImportError: no module named 'foo'\n[exit 1]");
    }
}

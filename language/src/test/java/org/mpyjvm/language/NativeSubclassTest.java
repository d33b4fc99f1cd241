package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpyjvm.language.builtins.BuiltinTypeMethods;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.NativeSubclasses;
import org.mpyjvm.language.runtime.PyClass;

/**
 * User classes with a builtin base (list, dict, int, float, str, tuple): the expected outputs were recorded from
 * MicroPython 1.27 (the npm webassembly build, tests/tools/run-micropython.mjs), including where it refuses.
 */
class NativeSubclassTest {
    private static void check(String code, String expected) {
        assertEquals(expected + "[exit 0]", ScriptRunner.run(code));
    }

    @Test
    void listSubclassUsesTheNativeListAndGivesPlainListsFromOperators() {
        check("""
            class Stack(list):
                def peek(self):
                    return self[-1]
            s = Stack([1, 2])
            s.append(3)
            print(s, s.peek(), len(s), s + [4], type(s + [4]).__name__, s == [1, 2, 3], 2 in s, s[1:])
            t = s
            t += [5]
            print(type(t).__name__, t is s, s)
            try:
                [0] + s
            except TypeError as e:
                print(e)
            try:
                list.append(s, 1)
            except TypeError as e:
                print(e)
            """, """
            [1, 2, 3] 3 3 [1, 2, 3, 4] list True True [2, 3]
            list False [1, 2, 3, 5]
            unsupported types for __add__: 'list', 'list'
            argument should be a 'list' not a 'Stack'
            """.stripLeading());
    }

    @Test
    void dictSubclassOverridesItemAccessAndReachesTheNativeThroughSuper() {
        check("""
            class Lower(dict):
                def __setitem__(self, k, v):
                    super().__setitem__(k.lower(), v)
                def __getitem__(self, k):
                    return super().__getitem__(k.lower())
            d = Lower()
            d["AbC"] = 1
            print(d, d["ABC"], d.get("ABC"), "abc" in d, type(d).__name__)
            """, "{'abc': 1} 1 None True Lower\n");
    }

    @Test
    void numberSubclassesOperateOnTheLeftOnlyAndPrintNatively() {
        check("""
            class I(int):
                pass
            class F(float):
                def __repr__(self):
                    return "F!"
            i = I(6)
            f = F(1.5)
            print(i + 1, i | 1, -i, type(i + 1).__name__, f * 2, str(f), repr(f), [f], i == 6, 6 == i)
            for fn in (lambda: 1 + i, lambda: 1 + f, lambda: float(f), lambda: 1 < i, lambda: i[0]):
                try:
                    fn()
                except TypeError as e:
                    print(e)
            """, """
            7 7 -6 int 3.0 1.5 F! [F!] True True
            unsupported types for __radd__: 'int', 'int'
            unsupported types for __add__: 'int', 'float'
            can't convert F to float
            unsupported types for __lt__: 'int', 'I'
            'I' object isn't subscriptable
            """.stripLeading());
    }

    @Test
    void nativePartIsBuiltAfterInitUnlessSuperInitOrAUserNewDecides() {
        check("""
            class Late(list):
                def __init__(self, text):
                    self.text = text
            class Early(list):
                def __init__(self):
                    self.append(1)
            class Blank(tuple):
                def __new__(cls, *a):
                    return super().__new__(cls)
            print(Late("ab"), Blank(1, 2))
            try:
                Early()
            except AttributeError as e:
                print(e)
            try:
                class X(list, dict):
                    pass
            except TypeError as e:
                print(e)
            """, """
            ['a', 'b'] <function>
            call super().__init__() first
            multiple bases have instance lay-out conflict
            """.stripLeading());
    }

    /** A subclass without overrides must agree with its base on every native operation; seeded random data. */
    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 1234, 99991})
    void subclassAgreesWithItsBaseOnRandomData(long seed) {
        Random random = new Random(seed);
        StringBuilder a = new StringBuilder("[");
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < 6; i++) {
            a.append(random.nextInt(20) - 5).append(", ");
            b.append(random.nextInt(20) - 5).append(", ");
        }
        a.append("]");
        b.append("]");
        int n = random.nextInt(50) - 10;
        int m = random.nextInt(9) + 1;
        String code = "class L(list): pass\nclass I(int): pass\nclass S(str): pass\n"
            + "a = " + a + "\nb = " + b + "\nn = " + n + "\nm = " + m + "\n"
            + "x = L(a)\n"
            + "print(x == a, x + b == a + b, x * 2 == a * 2, sorted(x) == sorted(a), x[1:4] == a[1:4],\n"
            + "      len(x) == len(a), (b[0] in x) == (b[0] in a), list(reversed(x)) == list(reversed(a)),\n"
            + "      (x < b) == (a < b), repr(x) == repr(a), sum(x) == sum(a), min(x) == min(a))\n"
            + "k = I(n)\n"
            + "print(k + m == n + m, k - m == n - m, k * m == n * m, k // m == n // m, k % m == n % m,\n"
            + "      k & m == n & m, k | m == n | m, k ^ m == n ^ m, -k == -n, ~k == ~n, (k < m) == (n < m),\n"
            + "      hash(k) == hash(n), str(k) == str(n), '%d' % k == '%d' % n, abs(k) == abs(n))\n"
            + "t = S(repr(a))\n"
            + "print(t == repr(a), t.upper() == repr(a).upper(), t.split(',') == repr(a).split(','),\n"
            + "      t[::1] == repr(a), len(t) == len(repr(a)), t + '!' == repr(a) + '!', hash(t) == hash(repr(a)))\n";
        String allTrue12 = "True True True True True True True True True True True True\n";
        String allTrue15 = "True True True True True True True True True True True True True True True\n";
        String allTrue7 = "True True True True True True True\n";
        check(code, allTrue12 + allTrue15 + allTrue7);
    }

    @BeforeAll
    static void installBuiltinTypes() {
        BuiltinTypeMethods.install(); // the class-level checks need the builtin constructors registered
    }

    @Test
    void specialMethodsOfUserClassesBeforeTheNativeBaseWin() {
        PyClass mixin = PyClass.user("Mixin", new PyClass[]{BuiltinTypes.OBJECT}, Map.of("__len__", "mixin"));
        PyClass before = PyClass.user("Before", new PyClass[]{mixin, BuiltinTypes.LIST}, Map.of());
        PyClass after = PyClass.user("After", new PyClass[]{BuiltinTypes.LIST, mixin}, Map.of());
        assertEquals("mixin", NativeSubclasses.userSpecial(before, "__len__"));
        assertNull(NativeSubclasses.userSpecial(after, "__len__"), "the list's own len comes first");
        assertTrue(NativeSubclasses.isNativeAttribute(after, "append"));
        assertFalse(NativeSubclasses.isNativeAttribute(after, "__init__"), "object's methods keep the instance");
    }

    @Test
    void classCreationCountsNativeBasesThroughUserBases() {
        PyClass stack = PyClass.user("Stack", new PyClass[]{BuiltinTypes.LIST}, Map.of());
        PyClass error = PyClass.user("Err", new PyClass[]{BuiltinTypes.VALUE_ERROR}, Map.of());
        PyException conflict = assertThrows(PyException.class,
            () -> PyClass.user("Both", new PyClass[]{stack, error}, Map.of()));
        assertEquals("multiple bases have instance lay-out conflict",
            conflict.getPythonException().getArgs().get(0));
        assertThrows(PyException.class,
            () -> PyClass.user("Two", new PyClass[]{BuiltinTypes.EXCEPTION, BuiltinTypes.VALUE_ERROR}, Map.of()));
        PyClass ok = PyClass.user("Ok", new PyClass[]{stack, BuiltinTypes.OBJECT}, Map.of());
        assertEquals(BuiltinTypes.LIST, ok.getLayoutBase());
        assertThrows(PyException.class,
            () -> PyClass.user("Fn", new PyClass[]{BuiltinTypes.FUNCTION}, Map.of()));
    }
}

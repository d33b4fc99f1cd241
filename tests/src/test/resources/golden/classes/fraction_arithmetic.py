# A Fraction class: normalisation, arithmetic with ints, comparisons, hashing consistent with ints, conversions.
def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a

class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % num)
        if isinstance(num, str):
            if "/" in num:
                n, d = num.split("/")
                num, den = int(n), int(d)
            else:
                num = int(num)
        g = _gcd(abs(num), abs(den))
        if den < 0:
            g = -g
        self.n = num // g
        self.d = den // g

    @staticmethod
    def _coerce(o):
        if isinstance(o, Fraction):
            return o
        if isinstance(o, int):
            return Fraction(o)
        return None

    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return self._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Fraction(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return self._coerce(o) / self

    def __pow__(self, k):
        if k < 0:
            return Fraction(self.d ** -k, self.n ** -k)
        return Fraction(self.n ** k, self.d ** k)

    def __neg__(self):
        return Fraction(-self.n, self.d)

    def __abs__(self):
        return Fraction(abs(self.n), self.d)

    def _cmp(self, o):
        o = self._coerce(o)
        return self.n * o.d - o.n * self.d

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and self.n == o.n and self.d == o.d

    def __lt__(self, o):
        return self._cmp(o) < 0

    def __le__(self, o):
        return self._cmp(o) <= 0

    def __gt__(self, o):
        return self._cmp(o) > 0

    def __ge__(self, o):
        return self._cmp(o) >= 0

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __repr__(self):
        return "Fraction(%d, %d)" % (self.n, self.d)

    def __str__(self):
        return "%d" % self.n if self.d == 1 else "%d/%d" % (self.n, self.d)

F = Fraction
a, b = F(1, 3), F("3/4")
print(a + b, a - b, a * b, a / b, b ** 2, a ** -2)
print(1 + a, 2 - b, 3 * a, 1 / b, -a, abs(F(-5, 10)))
print(repr(F(6, -8)), F("10"), F(0, 7))
print(a < b, a >= b, F(2, 4) == F(1, 2), F(4, 2) == 2, F(1, 2) != F(1, 3))
print(sorted([F(1, 2), F(1, 3), F(2, 3), F(-1, 4), F(5, 6)]))
print(float(F(1, 8)), int(F(7, 2)), int(F(-7, 2)), "%.4f" % float(F(22, 7)))
print(len({F(1, 2), F(2, 4), F(3, 6), F(1, 3)}), hash(F(3)) == hash(3))
total = sum([F(1, n) for n in range(1, 7)], F(0))
print("H6 =", total, "~ %.5f" % float(total))
x = F(1)
for _ in range(5):
    x = 1 + 1 / x
print("continued fraction", x, "%.6f" % float(x))
for bad in ((1, 0), ("a/b",)):
    try:
        F(*bad)
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError", e)

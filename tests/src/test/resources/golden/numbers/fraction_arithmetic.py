# A small Fraction type: normalised by gcd, with + - * / comparisons, conversion to float and to a
# mixed-number string, used to compute harmonic numbers, Egyptian fractions and continued fractions.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.n = num // g
        self.d = den // g

    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __eq__(self, o):
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        return self.n * o.d < o.n * self.d

    def __float__(self):
        return self.n / self.d

    def __repr__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)

    def mixed(self):
        whole, rest = divmod(abs(self.n), self.d)
        sign = "-" if self.n < 0 else ""
        if rest == 0:
            return sign + str(whole)
        return "%s%d %d/%d" % (sign, whole, rest, self.d) if whole else "%s%d/%d" % (sign, rest, self.d)


h = Frac(0)
for k in range(1, 11):
    h = h + Frac(1, k)
    print(k, h, h.mixed(), "%.6f" % float(h))


def egyptian(f):
    out = []
    while f.n:
        c = -(-f.d // f.n)
        out.append(Frac(1, c))
        f = f - Frac(1, c)
    return out


for f in (Frac(4, 13), Frac(5, 6), Frac(7, 15)):
    print(f, "=", " + ".join(repr(x) for x in egyptian(f)))


def continued(f, limit=12):
    terms = []
    n, d = f.n, f.d
    while d and len(terms) < limit:
        q, r = divmod(n, d)
        terms.append(q)
        n, d = d, r
    return terms


print(continued(Frac(415, 93)), continued(Frac(-7, 3)), continued(Frac(355, 113)))
print(sorted([Frac(1, 3), Frac(-1, 2), Frac(2, 7), Frac(3, 9)]), Frac(2, 6) == Frac(1, 3))
print(Frac(3, -4), Frac(-3, 4) * Frac(4, 3), Frac(1, 2) / Frac(1, 4), Frac(7, 3).mixed(), Frac(-7, 3).mixed())
try:
    Frac(1, 2) / Frac(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# __call__, instances as functions, and bound methods as values.
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result

    def __repr__(self):
        terms = []
        n = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            p = n - i
            if c:
                terms.append("%d" % c if p == 0 else "%dx^%d" % (c, p) if p > 1 else "%dx" % c)
        return " + ".join(terms) or "0"

p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)])
print(callable(p), callable(Polynomial), callable(3), callable(print))
print(list(map(Polynomial(1, 1), [1, 2, 3])))

class Counter:
    def __init__(self):
        self.n = 0
    def incr(self, by=1):
        self.n += by
        return self.n

c = Counter()
f = c.incr
print(f(), f(), f(10), c.n)
methods = [c.incr, Counter().incr]
print([m(2) for m in methods])
print(Counter.incr(c, 100))
g = getattr(c, "incr")
print(g(-1))

# Physical quantities with units: dimension checking in + and -, unit algebra in * and /, conversions, formatting.
class DimensionError(Exception):
    pass

BASE = ("m", "kg", "s", "A")

class Q:
    def __init__(self, value, dims=(0, 0, 0, 0)):
        self.value = value
        self.dims = tuple(dims)

    def _same(self, o, op):
        if not isinstance(o, Q):
            o = Q(o)
        if o.dims != self.dims:
            raise DimensionError("cannot %s %s and %s" % (op, self.unit(), o.unit()))
        return o

    def __add__(self, o):
        o = self._same(o, "add")
        return Q(self.value + o.value, self.dims)

    def __sub__(self, o):
        o = self._same(o, "subtract")
        return Q(self.value - o.value, self.dims)

    def __mul__(self, o):
        if isinstance(o, Q):
            return Q(self.value * o.value, [a + b for a, b in zip(self.dims, o.dims)])
        return Q(self.value * o, self.dims)

    __rmul__ = __mul__

    def __truediv__(self, o):
        if isinstance(o, Q):
            return Q(self.value / o.value, [a - b for a, b in zip(self.dims, o.dims)])
        return Q(self.value / o, self.dims)

    def __rtruediv__(self, o):
        return Q(o / self.value, [-d for d in self.dims])

    def __pow__(self, n):
        return Q(self.value ** n, [d * n for d in self.dims])

    def __eq__(self, o):
        return isinstance(o, Q) and self.dims == o.dims and abs(self.value - o.value) < 1e-9

    def __lt__(self, o):
        return self.value < self._same(o, "compare").value

    def unit(self):
        num = [u + ("^%d" % d if d != 1 else "") for u, d in zip(BASE, self.dims) if d > 0]
        den = [u + ("^%d" % -d if d != -1 else "") for u, d in zip(BASE, self.dims) if d < 0]
        s = "*".join(num) or "1"
        return s + ("/" + "/".join(den) if den else "")

    def __repr__(self):
        return "%g %s" % (self.value, self.unit())

m = Q(1, (1, 0, 0, 0))
kg = Q(1, (0, 1, 0, 0))
s = Q(1, (0, 0, 1, 0))
A = Q(1, (0, 0, 0, 1))
N = kg * m / s ** 2
J = N * m
W = J / s
V = W / A

dist = 120 * m
t = 9.58 * s
print("speed", dist / t, "in km/h %.2f" % ((dist / t).value * 3.6))
mass = 75 * kg
g = 9.81 * m / s ** 2
print("weight", mass * g, "work up 3 m:", mass * g * (3 * m))
print("power over 2 s:", mass * g * (3 * m) / (2 * s))
print("units N J W V:", N.unit(), J.unit(), W.unit(), V.unit())
print("frequency", 1 / (0.02 * s), "area", (3 * m) * (4 * m), "volume", (2 * m) ** 3)
print(5 * m + 20 * m, 2 * m < 3 * m, (10 * N) == (10 * kg * m / s ** 2))
for bad in (lambda: 5 * m + 2 * s, lambda: (1 * kg) - 3, lambda: (1 * m) < (1 * kg)):
    try:
        bad()
    except DimensionError as e:
        print("DimensionError:", e)
print(sorted([3 * m, 1 * m, 2 * m]), (V * A * s).unit())

# A 2-D/3-D vector class with the full set of arithmetic, comparison, reflected and in-place operators.
import math

class Vec:
    def __init__(self, *c):
        self.c = tuple(c)

    def __repr__(self):
        return "Vec(%s)" % ", ".join(repr(x) for x in self.c)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __iter__(self):
        return iter(self.c)

    def _check(self, o):
        if not isinstance(o, Vec):
            return False
        if len(o) != len(self):
            raise ValueError("dimension mismatch %d vs %d" % (len(self), len(o)))
        return True

    def __add__(self, o):
        if not self._check(o):
            return NotImplemented
        return Vec(*[a + b for a, b in zip(self, o)])

    def __sub__(self, o):
        if not self._check(o):
            return NotImplemented
        return Vec(*[a - b for a, b in zip(self, o)])

    def __mul__(self, k):
        if isinstance(k, Vec):
            self._check(k)
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, (int, float)):
            return Vec(*[a * k for a in self])
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __truediv__(self, k):
        return Vec(*[a / k for a in self])

    def __floordiv__(self, k):
        return Vec(*[a // k for a in self])

    def __neg__(self):
        return Vec(*[-a for a in self])

    def __pos__(self):
        return self

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))

    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c

    def __ne__(self, o):
        return not self == o

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __le__(self, o):
        return abs(self) <= abs(o)

    def __bool__(self):
        return any(self.c)

    def __hash__(self):
        return hash(self.c)

    def __matmul__(self, o):
        # cross product for 3-D vectors
        a, b = self.c, o.c
        return Vec(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])

    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self

    def __contains__(self, x):
        return x in self.c

a = Vec(1, 2)
b = Vec(3, -4)
print(a + b, a - b, a * 3, 3 * a, a * b)
print(-a, +a, abs(b), b / 2, Vec(7, 8) // 3)
print(a == Vec(1, 2), a != b, a < b, b <= a, bool(Vec(0, 0)), bool(a))
print(sorted([Vec(3, 4), Vec(1, 1), Vec(0, 2)]))
print(max([Vec(3, 4), Vec(1, 1), Vec(-6, 0)], key=abs))
i, j, k = Vec(1, 0, 0), Vec(0, 1, 0), Vec(0, 0, 1)
print(i @ j, j @ k, k @ i, (i @ j) == k)
v = Vec(1, 1)
w = v
v += Vec(2, 3)
print(v, w, v is w)
print(2 in a, 5 in a, list(a), len(i), i[2], a[-1])
s = {Vec(1, 2), Vec(1, 2), Vec(2, 1)}
print(len(s))
try:
    a + i
except ValueError as e:
    print("ValueError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * a
except TypeError as e:
    print("TypeError:", e)
total = Vec(0, 0)
for p in (Vec(1, 2), Vec(3, 4), Vec(5, 6)):
    total = total + p
print("centroid", total / 3)

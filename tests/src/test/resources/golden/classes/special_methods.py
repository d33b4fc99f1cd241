# A vector class with arithmetic, comparison, container and conversion dunders.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return "Vec(" + ", ".join(repr(x) for x in self.xs) + ")"

    def __str__(self):
        return "<" + " ".join(str(x) for x in self.xs) + ">"

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])

    def __sub__(self, other):
        return Vec(*[a - b for a, b in zip(self.xs, other.xs)])

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        return self.norm2() < other.norm2()

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __contains__(self, v):
        return v in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __bool__(self):
        return any(self.xs)

    def __hash__(self):
        return hash(tuple(self.xs))

    def norm2(self):
        return sum(a * a for a in self.xs)

a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
print(a, repr(b))
print(a + b, b - a, a * 3, 2 * a, -a)
print(a == Vec(1, 2, 3), a == b, a != b, a < b, b < a)
print(len(a), a[0], a[-1], 2 in a, 7 in a)
a[1] = 20
print(a, list(a), sum(a))
print(bool(Vec(0, 0)), bool(Vec(0, 1)))
print(sorted([b, a, Vec(0, 0, 1)]))
s = {Vec(1, 1), Vec(1, 1), Vec(2, 2)}
print(len(s))
try:
    print(max([Vec(3), Vec(1), Vec(2)]))  # max needs __gt__ here: MicroPython does not derive it from __lt__
except TypeError as e:
    print("TypeError:", e)
print(min([Vec(3), Vec(1), Vec(2)]))

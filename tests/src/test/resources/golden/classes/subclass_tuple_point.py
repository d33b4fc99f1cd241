# tuple subclasses: MicroPython builds the tuple from the constructor's arguments after __init__, so a
# namedtuple-like Point takes its fields through super().__init__; a __new__ that skips the tuple leaves it unbuilt


class Point(tuple):
    def __init__(self, x, y):
        super().__init__((x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return "Point(x=%r, y=%r)" % (self.x, self.y)


p = Point(3, 4)
q = p + (1, 1)
print(p, repr(q), str(q), type(q).__name__, isinstance(p, tuple))
print(p.x, p.y, len(p), p[0], p[-1], p[:1], list(p), 4 in p, p.index(4), p.count(3))
x, y = p
print(x, y, p == (3, 4), (3, 4) == p, p != q, p < (3, 5), hash(p) == hash((3, 4)), {p: "p"}[(3, 4)])
print(sorted([Point(2, 1), Point(1, 2)], key=lambda v: v.x), "%s and %s" % (p, q), "{}".format(p))
print(tuple(p), tuple(p) is p, p * 2, type(p * 2).__name__)


class Pair(tuple):
    pass


pr = Pair([1, 2])
print(pr, Pair(), Pair("ab"), pr + (3,), type(pr + (3,)).__name__, pr.__class__.__name__)
pr.label = "first"
print(pr.label, pr.__dict__)


class Vec(tuple):
    def __new__(cls, *coords):
        self = super().__new__(cls)
        self.dim = len(coords)
        return self


v = Vec(1, 2, 3)
print(type(v).__name__, v.dim, v)
for f in (lambda: v[0], lambda: len(v), lambda: Vec.__new__(Vec, 1), lambda: tuple.__new__(Vec, (1,))):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Bad(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


try:
    Bad(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Plain(tuple):
    def __new__(cls, a, b):
        return (a, b)


r = Plain(5, 6)
print(r, type(r).__name__)

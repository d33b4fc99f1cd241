# Polymorphism across a small drawing library: shapes render to a character canvas, serialise to tuples and
# are rebuilt through a class registry keyed by __name__.
class Canvas:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [["."] * w for _ in range(h)]

    def plot(self, x, y, ch):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.cells[y][x] = ch

    def show(self):
        return "\n".join("".join(r) for r in self.cells)

class Shape:
    kinds = {}
    ch = "?"

    @classmethod
    def register(cls, sub):
        cls.kinds[sub.__name__] = sub
        return sub

    def to_tuple(self):
        return (type(self).__name__,) + self.params()

    @classmethod
    def from_tuple(cls, t):
        return cls.kinds[t[0]](*t[1:])

    def __eq__(self, other):
        return type(self) is type(other) and self.params() == other.params()

    def __repr__(self):
        return "%s%r" % (type(self).__name__, self.params())

@Shape.register
class Rect(Shape):
    ch = "#"

    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    def params(self):
        return (self.x, self.y, self.w, self.h)

    def draw(self, c):
        for yy in range(self.y, self.y + self.h):
            for xx in range(self.x, self.x + self.w):
                if yy in (self.y, self.y + self.h - 1) or xx in (self.x, self.x + self.w - 1):
                    c.plot(xx, yy, self.ch)

    def area(self):
        return self.w * self.h

@Shape.register
class Square(Rect):
    ch = "S"

    def __init__(self, x, y, side):
        super().__init__(x, y, side, side)

    def params(self):
        return (self.x, self.y, self.w)

@Shape.register
class Circle(Shape):
    ch = "o"

    def __init__(self, cx, cy, r):
        self.cx, self.cy, self.r = cx, cy, r

    def params(self):
        return (self.cx, self.cy, self.r)

    def draw(self, c):
        for yy in range(self.cy - self.r, self.cy + self.r + 1):
            for xx in range(self.cx - 2 * self.r, self.cx + 2 * self.r + 1):
                d = ((xx - self.cx) / 2) ** 2 + (yy - self.cy) ** 2
                if abs(d - self.r ** 2) <= self.r:
                    c.plot(xx, yy, self.ch)

    def area(self):
        return round(3.14159 * self.r ** 2, 2)

@Shape.register
class HLine(Shape):
    ch = "-"

    def __init__(self, x, y, length):
        self.x, self.y, self.length = x, y, length

    def params(self):
        return (self.x, self.y, self.length)

    def draw(self, c):
        for xx in range(self.x, self.x + self.length):
            c.plot(xx, self.y, self.ch)

    def area(self):
        return 0

scene = [Rect(0, 0, 30, 10), Square(2, 2, 4), Circle(18, 5, 3), HLine(8, 8, 20)]
c = Canvas(30, 10)
for s in scene:
    s.draw(c)
print(c.show())
saved = [s.to_tuple() for s in scene]
print(saved)
rebuilt = [Shape.from_tuple(t) for t in saved]
print(rebuilt == scene, [type(s).__name__ for s in rebuilt])
print(sorted(Shape.kinds), [s.area() for s in scene])
print(isinstance(rebuilt[1], Rect), Square.ch, Rect.ch, Shape.ch)

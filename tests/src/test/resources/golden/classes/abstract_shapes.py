# "Abstract" base methods raising NotImplementedError, polymorphism and sorting by a computed key.
class Shape:
    def area(self):
        raise NotImplementedError("area not defined for " + type(self).__name__)

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return "%s(area=%.2f)" % (type(self).__name__, self.area())

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Tri(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("impossible triangle %r" % ((a, b, c),))
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5

class Blob(Shape):
    pass

shapes = [Rect(3, 4), Tri(3, 4, 5), Rect(1, 1), Tri(5, 5, 6)]
print(sorted(shapes))
print([s.perimeter() for s in shapes])
for bad in (lambda: Blob().area(), lambda: Blob().perimeter(), lambda: Tri(1, 2, 3)):
    try:
        bad()
    except NotImplementedError as e:
        print("NotImplementedError:", repr(e))
    except ValueError as e:
        print("ValueError:", e)
print(sorted(shapes)[-1].area(), min(shapes), max(shapes, key=lambda s: s.perimeter()))

# getattr/setattr/hasattr/delattr on instances, classes and modules; attribute errors and their messages;
# dir() of instances (sorted, filtered) and vars-like access through __dict__.
import math


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(getattr(p, "x"), getattr(p, "dims"), getattr(Point, "dims"), getattr(p, "z", None), getattr(math, "pi") > 3)
print(hasattr(p, "x"), hasattr(p, "norm2"), hasattr(p, "nope"), hasattr(Point, "x"), hasattr(math, "sqrt"))
setattr(p, "z", 5)
p.w = 6
print(p.z, sorted(p.__dict__.items()))
delattr(p, "z")
del p.w
print(hasattr(p, "z"), sorted(p.__dict__))
print(getattr(p, "norm2")(), Point.norm2(p), sorted(a for a in dir(p) if not a.startswith("_")))
for f in (lambda: p.nope, lambda: Point.nope, lambda: delattr(p, "nope"), lambda: math.nope, lambda: (1).nope,
          lambda: "s".nope, lambda: None.x, lambda: getattr(p, 5), lambda: setattr(5, "a", 1)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
Point.dims = 3
print(p.dims, Point(0, 0).dims)
p.dims = 9
print(p.dims, Point.dims)
del p.dims
print(p.dims)

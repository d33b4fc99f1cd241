# Properties with validation, computed read-only properties, deleters and property-based unit conversion.
class Thermostat:
    MIN, MAX = 5.0, 30.0

    def __init__(self, name, target=20.0):
        self.name = name
        self._target = None
        self.target = target
        self._history = []

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError("target must be a number, not %s" % type(value).__name__)
        if not self.MIN <= value <= self.MAX:
            raise ValueError("target %.1f outside %.1f..%.1f" % (value, self.MIN, self.MAX))
        if self._target is not None:
            self._history.append(self._target)
        self._target = float(value)

    @target.deleter
    def target(self):
        print("reset", self.name)
        self._target = 20.0

    @property
    def fahrenheit(self):
        return self._target * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.target = (f - 32) * 5 / 9

    @property
    def history(self):
        return tuple(self._history)

t = Thermostat("hall")
print(t.target, t.fahrenheit)
t.target = 22
t.fahrenheit = 50
print("%.2f %.2f" % (t.target, t.fahrenheit))
for bad in (35, "warm", -1):
    try:
        t.target = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(t.history)
del t.target
print(t.target)
try:
    t.history = ()
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)

class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    area = property(lambda self: self.w * self.h)

    def _get_aspect(self):
        return self.w / self.h

    aspect = property(_get_aspect, doc="width over height")

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def area(self):
        return "square of %d" % (self.w * self.h)

    def parent_area_kind(self):
        # MicroPython's super() does not run a property's getter: it returns the property object
        return type(super().area).__name__

r = Rect(4, 3)
print(r.area, "%.3f" % r.aspect)
sq = Square(5)
print(sq.area, sq.aspect, sq.parent_area_kind())
print(type(Rect.area).__name__, isinstance(Rect.__dict__["aspect"], property))

class Lazy:
    calls = 0

    @property
    def expensive(self):
        try:
            return self._cache
        except AttributeError:
            Lazy.calls += 1
            self._cache = sum(range(1000))
            return self._cache

lz = Lazy()
print(lz.expensive, lz.expensive, Lazy.calls)

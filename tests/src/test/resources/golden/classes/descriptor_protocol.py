# User-defined descriptors: typed fields with __get__/__set__ storing per-instance values under a private name;
# an instance's __dict__ is a read-only snapshot in MicroPython.
class Typed:
    def __init__(self, name, kind, default=None):
        self.name = name
        self.kind = kind
        self.default = default

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, "_" + self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, "_" + self.name, value)

class Ranged(Typed):
    def __init__(self, name, lo, hi, default=None):
        super().__init__(name, int, default)
        self.lo = lo
        self.hi = hi

    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            delattr(obj, "_" + self.name)
            raise ValueError("%s=%d not in [%d, %d]" % (self.name, value, self.lo, self.hi))

class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, owner):
        self.reads += 1
        return self.reads

class Pin:
    name = Typed("name", str, "unnamed")
    number = Ranged("number", 0, 39, 0)
    mode = Typed("mode", str, "in")
    polls = Counted()

    def __init__(self, name, number):
        self.name = name
        self.number = number

    def __repr__(self):
        return "Pin(%s, %d, %s)" % (self.name, self.number, self.mode)

p = Pin("led", 2)
print(p, sorted(p.__dict__.items()))
p.mode = "out"
print(p)
for attr, value in (("number", 40), ("number", "5"), ("name", 7), ("mode", None)):
    try:
        setattr(p, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(p)
q = Pin("btn", 0)
print(q, q.mode)
print(type(Pin.name).__name__, Pin.number.lo, Pin.number.hi)
print(p.polls, p.polls, q.polls, type(Pin.polls).__name__)
snapshot = p.__dict__
try:
    snapshot["_mode"] = "bypass"
except TypeError as e:
    print("__dict__ is read-only:", repr(e))
p._mode = "bypass"
print(p.mode, snapshot.get("_mode"), sorted(p.__dict__))

# Class decorators that add behaviour: auto __repr__/__eq__ from annotations-free field lists, a registry, a
# singleton wrapper and method decorators that keep state on the class.
def record(*fields):
    def deco(cls):
        def __init__(self, *args):
            if len(args) != len(fields):
                raise TypeError("%s expects %d values" % (cls.__name__, len(fields)))
            for f, v in zip(fields, args):
                setattr(self, f, v)
        def __repr__(self):
            return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
        def __eq__(self, other):
            return type(other) is cls and all(getattr(self, f) == getattr(other, f) for f in fields)
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.fields = fields
        return cls
    return deco

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

def counted(method):
    name = method.__name__
    def wrapper(self, *args):
        calls = type(self).calls
        calls[name] = calls.get(name, 0) + 1
        return method(self, *args)
    return wrapper

@record("x", "y")
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y)

@record("name", "pins")
class Bus:
    pass

p = Point(3, -4)
print(p, p.norm1(), p == Point(3, -4), p == Point(4, 3), Point.fields)
print(Bus("i2c", (21, 22)))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

@singleton
class Config:
    def __init__(self, name="default"):
        self.name = name
        self.values = {}

a = Config("main")
b = Config("ignored")
a.values["x"] = 1
print(a is b, b.name, b.values, type(a).__name__)

class Motor:
    calls = {}

    @counted
    def start(self):
        return "started"

    @counted
    def speed(self, rpm):
        return rpm * 2

m1, m2 = Motor(), Motor()
print(m1.start(), m2.start(), m1.speed(100), m2.speed(5), m2.speed(6))
print(sorted(Motor.calls.items()))

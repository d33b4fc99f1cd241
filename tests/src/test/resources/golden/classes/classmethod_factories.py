# Alternative constructors with classmethods, validation helpers as staticmethods, and registries of subclasses.
class Color:
    _named = {"red": (255, 0, 0), "lime": (0, 255, 0), "navy": (0, 0, 128), "white": (255, 255, 255)}

    def __init__(self, r, g, b):
        for v in (r, g, b):
            Color.check_channel(v)
        self.rgb = (r, g, b)

    @staticmethod
    def check_channel(v):
        if not 0 <= v <= 255:
            raise ValueError("channel %d out of range" % v)

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        if len(text) == 3:
            text = "".join(c * 2 for c in text)
        return cls(int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))

    @classmethod
    def named(cls, name):
        return cls(*cls._named[name])

    @classmethod
    def blend(cls, a, b, t):
        return cls(*[round(x + (y - x) * t) for x, y in zip(a.rgb, b.rgb)])

    def hex(self):
        return "#%02x%02x%02x" % self.rgb

    def __repr__(self):
        return "%s%r" % (type(self).__name__, self.rgb)

class Grey(Color):
    def __init__(self, r, g=None, b=None):
        level = r if g is None else (r + g + b) // 3
        super().__init__(level, level, level)

print(Color.from_hex("#1e90ff"), Color.from_hex("fa0").hex())
print(Color.named("navy"), Grey.named("white"), Grey.from_hex("#102030"))
print(Color.blend(Color.named("red"), Color.named("lime"), 0.25))
print(type(Grey.blend(Grey(0), Grey(200), 0.5)).__name__)
for bad in ("#zzz000", "#12"):
    try:
        print(Color.from_hex(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    Color(256, 0, 0)
except ValueError as e:
    print("ValueError:", e)
Color.check_channel(0)
c = Color(1, 2, 3)
c.check_channel(255)
print(Color.check_channel is c.check_channel, type(Color.__dict__["named"]).__name__)

class Shape:
    registry = {}

    @classmethod
    def register(cls, kind):
        def deco(sub):
            cls.registry[kind] = sub
            sub.kind = kind
            return sub
        return deco

    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError("unknown shape " + kind) from None

    def __repr__(self):
        return "<%s %s>" % (self.kind, self.area())

@Shape.register("circle")
class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r ** 2, 2)

@Shape.register("rect")
class Rectangle(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

print(sorted(Shape.registry))
print([Shape.create(*spec) for spec in (("circle", 1), ("rect", 2, 3), ("circle", 0.5))])
try:
    Shape.create("hexagon", 1)
except ValueError as e:
    print("ValueError:", e)
print(Circle.kind, Rectangle(1, 1).kind, Circle.registry is Shape.registry)

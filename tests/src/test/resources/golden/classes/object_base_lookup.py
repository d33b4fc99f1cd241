# What user classes inherit from object as seen by attribute lookup: MicroPython does not search object's own
# methods through a user class, but object.__init__/__new__/__setattr__ work when named directly or via super().
class Plain:
    pass

class WithInit:
    def __init__(self, v):
        super().__init__()
        self.v = v

class Child(WithInit):
    pass

for cls in (Plain, WithInit, Child):
    print(cls.__name__, [hasattr(cls, n) for n in ("__init__", "__new__", "__setattr__", "__delattr__")],
          hasattr(cls(1) if cls is not Plain else cls(), "__init__"))
print([hasattr(object, n) for n in ("__init__", "__new__", "__setattr__", "__delattr__")])
try:
    Plain.__init__
except AttributeError as e:
    print("AttributeError:", e)
print(Child.__init__ is WithInit.__init__, Child(5).v)

p = object.__new__(Plain)
print(type(p).__name__, isinstance(p, Plain))
object.__init__(p)
object.__setattr__(p, "x", 3)
print(p.x)
object.__delattr__(p, "x")
print(hasattr(p, "x"))

class Guarded:
    def __init__(self):
        object.__setattr__(self, "frozen", False)
        self.a = 1
        object.__setattr__(self, "frozen", True)

    def __setattr__(self, name, value):
        if self.frozen:
            raise AttributeError("frozen: " + name)
        object.__setattr__(self, name, value)

g = Guarded()
print(g.a, g.frozen)
try:
    g.a = 2
except AttributeError as e:
    print("AttributeError:", e)
object.__setattr__(g, "a", 3)
print(g.a)
for bad in ((5, "x", 1), ("text", "y", 2)):
    try:
        object.__setattr__(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    object.__delattr__(g, "missing")
except AttributeError as e:
    print("AttributeError:", e)

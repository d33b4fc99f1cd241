# isinstance/issubclass/type over builtin types and user hierarchies, tuples of types, and type names.
class Base:
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    pass


class Other:
    pass


vals = [0, True, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, range(1), Leaf(), 1j]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, bytes)), isinstance(v, object), type(v) is type(v))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(bool, object))
print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(Leaf, (Other, Mid)), issubclass(Leaf, Leaf))
print(isinstance(Leaf(), Mid), isinstance(Mid(), Leaf), isinstance(Leaf, type), isinstance(int, type), type(int).__name__)
print(type(Leaf()) is Leaf, type(Leaf()) == Mid, Leaf.__name__, Leaf.__bases__, Base.__bases__)
print(isinstance(1, ()), isinstance(1, (float, (int,))) if False else "nested skipped", type(None).__name__)
print(type("x")("abc"), type(5)(7.9), type([])((1, 2)), type(b"")(2))
for bad in ((1, 1), (1, "int"), (1, [int])):
    try:
        isinstance(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    issubclass(Leaf(), Base)
except TypeError as e:
    print("TypeError", e)

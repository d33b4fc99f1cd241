# type(), isinstance with tuples, issubclass, callable, type names of built-ins.
values = [1, 1.5, "s", b"b", bytearray(1), [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(1), len, print, type, object(), 1j]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, object), callable(v))
print(type(type), type(int), type(None).__name__, type(len).__name__)
print(isinstance(True, bool), isinstance(1, bool), issubclass(bool, int), issubclass(int, object))
print(type(1) is int, type(1) == int, type("") in (str, bytes))

class A:
    pass

class B(A):
    pass

print(isinstance(B(), A), issubclass(B, (int, A)), type(B()).__name__, type(A) is type)
print(repr(int), repr(A)[:15] if False else A.__name__, str(type(B())) == "<class 'B'>")

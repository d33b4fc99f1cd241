# Assorted builtins: len, range, slice, object, globals, locals, repr of builtins.
print(len("abc"), len([1, 2]), len({"a": 1}), len(range(0, 10, 3)), len(b"\x00"), len(set()))
try:
    s = slice(1, 10, 2)
    print(s, list(range(20))[s])
except TypeError as e:  # the slice type cannot be called in this MicroPython build
    print("TypeError:", e)

class Grab:
    def __getitem__(self, key):
        return key

sl = Grab()[1:10:2]
print(type(sl).__name__, sl, list(range(20))[sl], "abcdefghijkl"[Grab()[2:5]])
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())

def show_locals(a, b=2):
    c = a + b
    # MicroPython's locals() inside a function gives the module globals, not a, b, c
    return sorted(k for k in locals() if not k.startswith("__"))

print(show_locals(1))
print("show_locals" in globals(), "print" in globals())
print(repr(len), repr(print) == repr(print))
print(chr(ord("a") + 1), divmod(7, 2), pow(2, 5), abs(-3))
print(list(range(-5, 5, 2)), range(5)[2], range(2, 8)[-1])
print(callable(len), callable("len"), callable(lambda: 0), callable(object))

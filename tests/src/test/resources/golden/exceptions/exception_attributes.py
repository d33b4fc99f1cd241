# Attributes and string forms of built-in exceptions as handlers see them.
import sys

def show(e):
    print("%-18s str=%-28r repr=%r args=%r" % (type(e).__name__, str(e), e, e.args))

samples = []
for thunk in (lambda: int("x"), lambda: {}["missing"], lambda: [1][5], lambda: 1 / 0, lambda: None.foo,
              lambda: undefined_name, lambda: "a" + 1, lambda: next(iter([])), lambda: (1).bar,
              lambda: [].pop(), lambda: {}.popitem(), lambda: "abc".index("z"), lambda: int("12", 40)):
    try:
        thunk()
    except Exception as e:
        samples.append(e)
        show(e)

for args in ((), ("one",), ("two", 2), (1, 2, 3)):
    e = Exception(*args)
    show(e)

e = OSError(2, "ENOENT")
print(e.errno, e.args, str(e))
e = OSError("just text")
print(e.errno, e.args)
e = OSError(110)
print(e.errno, repr(e))
e = StopIteration(42)
print(e.value, e.args)
e = KeyError("k", "extra")
print(str(e), repr(e))
e = SystemExit(3)
print(e.args, hasattr(e, "code"))
print(repr(ValueError()), str(ValueError()), repr(ValueError(None)))
print(isinstance(samples[0], ValueError), type(samples[1]) is KeyError, isinstance(samples[2], LookupError))
print(LookupError.__name__, IndexError.__bases__ if hasattr(IndexError, "__bases__") else "no __bases__")
e = ValueError("a", "b")
e2 = ValueError("a", "b")
print(e.args == e2.args, e is e2)
try:
    raise ValueError
except ValueError as ex:
    print("raised class ->", repr(ex))
try:
    raise 42
except TypeError as ex:
    print("raise non-exception:", ex)
sys.print_exception(ZeroDivisionError("not raised"))

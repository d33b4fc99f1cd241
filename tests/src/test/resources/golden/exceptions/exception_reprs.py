# repr/str/args of built-in exceptions: MicroPython's single-argument repr keeps the trailing comma.
excs = [
    ValueError(),
    ValueError("bad value"),
    ValueError("two", 2),
    KeyError("k"),
    KeyError(3),
    IndexError("list index out of range"),
    TypeError(None),
    RuntimeError(""),
    OSError(2, "ENOENT"),
    StopIteration(5),
    Exception([1, 2]),
]
for e in excs:
    print(type(e).__name__, "| repr:", repr(e), "| str:", str(e), "| args:", e.args)
print(repr(ZeroDivisionError("division by zero")))
print(str(KeyError("missing key")), repr(KeyError("missing key")))
print(str(KeyError()), repr(KeyError()))
try:
    {}["absent"]
except KeyError as e:
    print("caught:", e, repr(e), e.args)
try:
    [][5]
except IndexError as e:
    print("caught:", e, repr(e))

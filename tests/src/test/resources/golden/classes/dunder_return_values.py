# What MicroPython does with the values special methods return: __bool__ counts only True itself, __str__ and
# __repr__ results that are not strings are printed with str(), and __len__ drives truth when __bool__ is absent.
for v in (True, False, 1, 0, [1], [], "x", None, 2.0):
    class Flag:
        def __bool__(self, v=v):
            return v
    print("__bool__ ->", repr(v), bool(Flag()), "yes" if Flag() else "no", not Flag())

class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

print([bool(Sized(n)) for n in (0, 1, 5)], [len(Sized(n)) for n in (0, 3)])

class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0

print("__bool__ wins over __len__:", bool(Both()))

class Odd:
    def __str__(self):
        return [1, "a"]

    def __repr__(self):
        return 7

o = Odd()
s = str(o)
print(type(s).__name__, s, repr(o), "%s|%r" % (o, o), [o], "{}".format(o))

class Status:
    def __init__(self, ok):
        self.ok = ok

    def __bool__(self):
        return self.ok == "up"

    def __repr__(self):
        return "Status(%r)" % self.ok

items = [Status("up"), Status("down"), Status("up")]
print([s for s in items if s], any(items), all(items), sum(1 for s in items if not s))

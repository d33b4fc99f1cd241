# How MicroPython builds the native part of a subclass instance: from the call's arguments after __init__,
# or earlier through super().__init__(...); a __new__ of the user's own leaves it unbuilt


def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, AttributeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def describe(self):
        return "%s has %d items" % (self.name, len(self))


n = Named("todo", ["a", "b"])
print(n, n.name, n.describe(), Named("empty").describe())


class Late(list):
    def __init__(self, text):
        self.text = text  # no super().__init__: list(text) is built after __init__ returns


attempt("late", lambda: (Late("xyz"), Late("xyz").text))


class Early(list):
    def __init__(self, n):
        self.append(n)  # the list does not exist yet


attempt("early", lambda: Early(4))


class Twice(dict):
    def __init__(self):
        super().__init__(a=1)
        super().__init__(b=2)


attempt("twice", lambda: Twice())


class Counter(dict):
    def __init__(self, words):
        super().__init__()
        for w in words:
            self[w] = self.get(w, 0) + 1


c = Counter("the cat and the hat and the bat".split())
print(sorted(c.items()), c["the"], len(c))


class Scaled(int):
    def __init__(self, value, scale=10):
        self.scale = scale

    def real(self):
        return int(self) / self.scale


attempt("scaled", lambda: (Scaled(25).real(), Scaled(25, 100).real()))


class Blank(list):
    def __new__(cls, *args):
        return super().__new__(cls)


b = Blank(1, 2)
print(type(b).__name__, b)
attempt("blank len", lambda: len(b))
attempt("blank append", lambda: b.append(3))
attempt("object.__new__", lambda: object.__new__(Named))
attempt("list.__init__", lambda: list.__init__)
attempt("int.__new__", lambda: int.__new__)

for bases in ("list, dict", "int, str", "Named, Counter", "Named, object", "object, dict", "bool", "range"):
    attempt(bases, lambda: exec("class X(%s): pass" % bases))
for t in (type(len), type(None), slice):
    attempt(t.__name__, lambda: type("Y", (t,), {}))

R = type("R", (range,), {})
print(list(R(3)), R(1, 7, 2)[1], len(R(4)))

# __str__ vs __repr__ in print, containers, format and %-formatting.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "only-str"

class Both:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return "Both<%s>" % self.v
    def __repr__(self):
        return "Both(%r)" % (self.v,)

objs = [OnlyRepr(), Both("x"), Both(3)]
for o in objs:
    print(o, str(o), repr(o))
print(objs)
print("%s %r" % (Both(1), Both("one")))
print("{} {!r} {!s}".format(Both(2), Both(2), Both(2)))
print(f"{Both(4)} {Both(4)!r}")
s = str(OnlyStr())
print(s, [s])
print(str(OnlyStr()) == "only-str")
print({"k": Both(None)}, (Both([1]),))

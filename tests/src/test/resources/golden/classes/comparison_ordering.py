# Rich comparisons on a Version class: sorting, min/max, equality with other types, and reflected comparisons.
class Version:
    def __init__(self, text):
        main, _, pre = text.partition("-")
        self.parts = tuple(int(p) for p in main.split("."))
        while len(self.parts) < 3:
            self.parts += (0,)
        self.pre = pre
        self.text = text

    def key(self):
        # a pre-release sorts before the release
        return self.parts + ((0, self.pre) if self.pre else (1, ""),)

    def __eq__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()

    def __lt__(self, other):
        if isinstance(other, str):
            other = Version(other)
        return self.key() < other.key()

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if isinstance(other, str):
            other = Version(other)
        return self.key() > other.key()

    def __ge__(self, other):
        return not self < other

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return "V(%s)" % self.text

vs = [Version(t) for t in ("1.10", "1.2", "1.2.1", "2.0-rc1", "2.0", "1.2-beta", "0.9.9", "2.0-alpha", "1.10.0")]
print(sorted(vs))
print(sorted(vs, reverse=True)[:3])
print(min(vs), max(vs))
print(Version("1.10") == Version("1.10.0"), Version("1.2") == "1.2.0", "1.2.0" == Version("1.2"))
print(Version("1.2") < "1.10", Version("2.0-rc1") < Version("2.0"))
try:
    print("1.10" > Version("1.2"))
except TypeError as e:
    # MicroPython does not fall back to the reflected __lt__ for a built-in left operand
    print("TypeError:", e)
print(Version("1.0") == 1, Version("1.0") != 1)
print(len(set(vs)), len({Version("1.0"), Version("1"), Version("1.0.0")}))
print([v for v in vs if Version("1.2") <= v < Version("2.0")])
try:
    Version("1.0") < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class Reverse:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "R%d" % self.v

print(sorted([Reverse(3), Reverse(1), Reverse(2)]))
try:
    print(Reverse(1) > Reverse(2))
except TypeError as e:
    print("TypeError:", e)

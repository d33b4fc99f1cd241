# float and int subclasses: a Temperature with its own repr, BitFlags with named bits


class Temperature(float):
    def __repr__(self):
        return "Temperature(%s)" % (self + 0,)

    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def is_freezing(self):
        return self <= 0


t = Temperature(21.5)
print(t, repr(t), str(t), [t], (t,))
print(type(t).__name__, isinstance(t, float), t.to_fahrenheit(), t.is_freezing(), Temperature(-3).is_freezing())
print(t + 1, t - 0.5, t * 2, t / 2, t // 2, t % 2, t ** 2, -t, abs(Temperature(-2.5)))
print(type(t + 1).__name__, type(-t).__name__)
print(t == 21.5, 21.5 == t, t > 20, t < 30, t != 0, bool(t), bool(Temperature()))
print(Temperature(), Temperature("1.25"), Temperature(3), hash(Temperature(2.0)) == hash(2.0))
print("%s|%r" % (t, t), "{}|{!r}".format(t, t))
readings = [Temperature(x) for x in (3.5, -1.0, 12.25)]
print(readings, max(readings, key=lambda r: r + 0), sorted(readings, key=lambda r: r + 0))
try:
    max(readings)
except TypeError as e:
    print("TypeError:", e)
# a float subclass is not converted where a float is needed
for f in (lambda: float(t), lambda: "%.1f" % t, lambda: 1 + t, lambda: round(t)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class BitFlags(int):
    NAMES = ("READ", "WRITE", "EXEC")

    def __or__(self, other):
        return BitFlags(int(self) | int(other))

    def __and__(self, other):
        return BitFlags(int(self) & int(other))

    def __contains__(self, bit):
        return int(self) & bit == bit

    def names(self):
        return [n for i, n in enumerate(self.NAMES) if self >> i & 1]

    def __repr__(self):
        return "BitFlags(%s)" % "|".join(self.names()) if self else "BitFlags(0)"


READ, WRITE, EXEC = BitFlags(1), BitFlags(2), BitFlags(4)
rw = READ | WRITE
print(rw, repr(rw), int(rw), rw.names(), type(rw).__name__)
print(repr(rw & WRITE), repr(rw & EXEC), 2 in rw, 4 in rw)
print(rw ^ 7, rw << 2, ~rw, -rw, rw + 1, type(rw ^ 7).__name__)
print(rw == 3, 3 == rw, rw < 4, hash(rw) == hash(3), {rw: "rw"}[3], {3: "three"}[rw])
print(["a", "b", "c", "d"][rw], "abcd"[READ], list(range(rw)), "%d %x %s %r" % (rw, rw, rw, rw))
print(BitFlags(), BitFlags("7"), BitFlags("ff", 16), BitFlags(2.9), BitFlags(True))
x = BitFlags(1)
x |= 4
print(repr(x), type(x).__name__)
x += 1
print(x, type(x).__name__)
for f in (lambda: 1 | READ, lambda: READ + READ, lambda: READ.__or__(WRITE) | EXEC, lambda: float(READ), lambda: "{:d}".format(READ)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Big(int):
    pass


b = Big(2 ** 70)
print(b, b + 1, b * 2, b > 2 ** 69, type(b + 1).__name__)

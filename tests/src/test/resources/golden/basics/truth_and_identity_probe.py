# Truth values and identity: empty containers, zero of each numeric type, objects with __bool__ and
# __len__, `is` on small ints and singletons, `==` across types, and `not`/`and`/`or` result values.
class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for v in (0, 0.0, 0j, -0.0, "", b"", (), [], {}, set(), range(0), None, False, Flag(False), Sized(0),
          1, "0", [0], (None,), Flag(True), Sized(2), object()):
    print(type(v).__name__, bool(v), not v)
print(None is None, True is True, () is (), [] is [], "a" == "a")
print(1 == 1.0, 1 == True, 0 == False, 1 == "1", None == 0, [] == (), (1,) == [1])
print(0 or "default", "" or [] or 0, 5 and "yes", [] and 1 / 0, None or None, 0.0 or -0.0)
print(not None, not not [], not Flag(True), 1 and 2 or 3, 0 and 2 or 3, (1 or 0) and (0 or 4))
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, y is not z)
try:
    bool(Sized(-1))
except ValueError as e:
    print("ValueError", e)

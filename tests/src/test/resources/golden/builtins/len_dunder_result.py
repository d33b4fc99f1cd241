# len() returns whatever a user __len__ returns, unchecked, as MicroPython does; the length used elsewhere
# (truth of the object) still comes from the same method.
class Sized:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


for v in (True, False, 2.5, "ab", None, (1,), 7, 2 ** 40):
    r = len(Sized(v))
    print(repr(r), type(r).__name__)
print(bool(Sized(True)), bool(Sized(0)), bool(Sized(3)))


class Half(list):
    def __len__(self):
        return 2.5


print(len(Half([1, 2, 3])), len([1, 2, 3]))

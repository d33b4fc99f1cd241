# A sparse list class with __getitem__ slices, __delitem__, __len__ and __iter__ fallback.
class Sparse:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}

    def __len__(self):
        return self.size

    def _index(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("sparse index out of range")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.start or 0, self.size if i.stop is None else i.stop, i.step or 1
            return [self[j] for j in range(start, stop, step)]
        return self.data.get(self._index(i), self.default)

    def __setitem__(self, i, v):
        i = self._index(i)
        if v == self.default:
            self.data.pop(i, None)
        else:
            self.data[i] = v

    def __delitem__(self, i):
        self.data.pop(self._index(i), None)

s = Sparse(10)
s[2] = 5
s[-1] = 9
s[4] = 0
print(len(s), s[2], s[9], s[3], list(s))
print(s[1:5], s[::3])
del s[2]
print(s[0:4], sorted(s.data.items()))
try:
    s[10] = 1
except IndexError as e:
    print("IndexError:", e)
print(sum(s), 9 in s, 5 in s)

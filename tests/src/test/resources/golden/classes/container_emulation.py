# A sparse array and a bounded deque-like buffer emulating containers with __getitem__/__setitem__/__delitem__,
# negative indexes, slices, __len__, __contains__, __iter__ and __reversed__.
class SparseArray:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("indices must be integers, not %s" % type(i).__name__)
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("index %d out of range" % i)
        return i

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.start, i.stop, i.step
            start = 0 if start is None else (start + self.size if start < 0 else start)
            stop = self.size if stop is None else (stop + self.size if stop < 0 else stop)
            step = 1 if step is None else step
            return [self[k] for k in range(start, min(stop, self.size), step)]
        return self.data.get(self._index(i), self.default)

    def __setitem__(self, i, v):
        i = self._index(i)
        if v == self.default:
            self.data.pop(i, None)
        else:
            self.data[i] = v

    def __delitem__(self, i):
        self.data.pop(self._index(i), None)

    def __contains__(self, v):
        return v in self.data.values() or (v == self.default and len(self.data) < self.size)

    def __iter__(self):
        for i in range(self.size):
            yield self[i]

    def nonzero(self):
        return sorted(self.data.items())

s = SparseArray(10)
s[2] = 5
s[-1] = 9
s[4] = 7
s[4] = 0
print(list(s), len(s), s.nonzero())
print(s[2], s[-8], s[1:4], s[::3], s[-3:])
print(5 in s, 0 in s, 42 in s)
del s[2]
print(s.nonzero())
for bad in (10, -11, "3"):
    try:
        s[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

class Window:
    def __init__(self, cap):
        self.cap = cap
        self.items = []

    def push(self, x):
        self.items.append(x)
        if len(self.items) > self.cap:
            self.items.pop(0)

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __reversed__(self):
        return iter(self.items[::-1])

w = Window(3)
print(bool(w), len(w))
for x in range(1, 6):
    w.push(x * x)
print(list(w), w[0], w[-1], list(reversed(w)), bool(w))
print([v for v in w if v > 5], sum(w), max(w), sorted(w, reverse=True))
it = iter(w)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("iteration via __getitem__ ends with IndexError -> StopIteration")
a, b, c = w
print(a, b, c)
print(w[1:], 16 in w, 2 in w)

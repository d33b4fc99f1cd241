# Iterator classes with __iter__/__next__: ranges with float steps, a chunker, a peekable wrapper, cycle detection.
class FRange:
    def __init__(self, start, stop, step):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return FRangeIter(self)

class FRangeIter:
    def __init__(self, r):
        self.r = r
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        v = self.r.start + self.i * self.r.step
        if (self.r.step > 0 and v >= self.r.stop) or (self.r.step < 0 and v <= self.r.stop):
            raise StopIteration
        self.i += 1
        return round(v, 10)

class Chunks:
    def __init__(self, data, size):
        self.data = data
        self.size = size
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.data):
            raise StopIteration
        chunk = self.data[self.pos:self.pos + self.size]
        self.pos += self.size
        return chunk

class Peekable:
    _EMPTY = object()

    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._EMPTY

    def __iter__(self):
        return self

    def peek(self, default=None):
        if self.buf is self._EMPTY:
            try:
                self.buf = next(self.it)
            except StopIteration:
                return default
        return self.buf

    def __next__(self):
        if self.buf is not self._EMPTY:
            v, self.buf = self.buf, self._EMPTY
            return v
        return next(self.it)

r = FRange(0, 1, 0.25)
print(list(r), list(r), sum(FRange(1, 0, -0.5)))
print([c for c in Chunks(b"abcdefghij", 4)], list(Chunks([1, 2, 3], 5)))
ch = Chunks("xyz", 1)
print(next(ch), list(ch), list(ch))

def group_runs(values):
    p = Peekable(values)
    out = []
    for v in p:
        n = 1
        while p.peek() == v:
            next(p)
            n += 1
        out.append((v, n))
    return out

print(group_runs("aaabccddddde"))
print(group_runs([1, 1, 2, 2, 2, 1]))
p = Peekable(range(3))
print(p.peek(), p.peek(), next(p), next(p), p.peek(), next(p), p.peek("done"))
print(dict(zip("abc", FRange(10, 40, 10))), list(enumerate(Chunks("hello", 2), 1)))
print(max(FRange(0, 2, 0.3)), min(Chunks([5, 3, 9, 1], 2)), sorted(Chunks([4, 1, 3, 2], 1)))
it = iter(FRange(0, 3, 1))
print(iter(it) is it, next(it), list(it))

# Less common operator hooks on a bit-set class: &, |, ^, ~, <<, >>, in-place forms, __index__, __contains__, __iter__.
class BitSet:
    def __init__(self, bits=0, width=16):
        self.width = width
        self.bits = bits & ((1 << width) - 1)

    @classmethod
    def of(cls, *positions, width=16):
        b = 0
        for p in positions:
            b |= 1 << p
        return cls(b, width)

    def _wrap(self, bits):
        return BitSet(bits, self.width)

    def __and__(self, o):
        return self._wrap(self.bits & int(o))

    def __or__(self, o):
        return self._wrap(self.bits | int(o))

    def __xor__(self, o):
        return self._wrap(self.bits ^ int(o))

    def __rand__(self, o):
        return self.__and__(o)

    def __invert__(self):
        return self._wrap(~self.bits)

    def __lshift__(self, n):
        return self._wrap(self.bits << n)

    def __rshift__(self, n):
        return self._wrap(self.bits >> n)

    def __ior__(self, o):
        self.bits = (self.bits | int(o)) & ((1 << self.width) - 1)
        return self

    def __iand__(self, o):
        self.bits &= int(o)
        return self

    def __int__(self):
        return self.bits

    def __index__(self):
        return self.bits

    def __contains__(self, pos):
        return bool(self.bits >> pos & 1)

    def __iter__(self):
        for i in range(self.width):
            if self.bits >> i & 1:
                yield i

    def __len__(self):
        n = 0
        for _ in self:
            n += 1
        return n

    def __eq__(self, o):
        return int(self) == int(o)

    def __repr__(self):
        return "BitSet(0b{:0{}b})".format(self.bits, self.width)

a = BitSet.of(0, 3, 5, width=8)
b = BitSet.of(3, 4, 7, width=8)
print(a, b)
print(a & b, a | b, a ^ b, ~a)
print(a << 2, b >> 3, a << 6)
print(list(a | b), len(a | b), 5 in a, 4 in a)
c = BitSet(0, 8)
c |= a
c |= 0b11000000
print(c, c == 0b11101001)
c &= b
print(c, 0xFF & a)
print(hex(int(a)), bin(int(b)), "%d" % int(a), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100][BitSet(3)])
for label, fn in (("hex", hex), ("bin", bin), ("oct", oct)):
    try:
        print(label, fn(a))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
print(sorted([BitSet(9), BitSet(2), BitSet(5)], key=int))
print(bool(BitSet(0)), bool(a))

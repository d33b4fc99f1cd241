# bytearray and bytes subclasses: a growable frame buffer with a checksum, a tagged bytes value


class Frame(bytearray):
    def __init__(self, kind, payload=b""):
        super().__init__(bytes([kind, len(payload)]) + payload)
        self.kind = kind

    def checksum(self):
        total = 0
        for b in self:
            total = (total + b) & 0xFF
        return total

    def seal(self):
        self.append(self.checksum())
        return self


f = Frame(0x10, b"\x01\x02\x03")
print(f, len(f), f[0], f[-1], f[1:3], type(f).__name__, isinstance(f, bytearray))
print(f.checksum(), f.seal(), len(f), f.kind)
f[1] = 9
f.extend(b"zz")
print(f, f.hex(), bytes(f), list(f)[:4], b"zz" in f, f == bytearray(bytes(f)))
print(f + b"!", type(f + b"!").__name__, b"<" + f)
print(bytes(memoryview(f)[:2]), f[6:8].decode(), f.find(b"zz"))
print(repr(Frame(1)), str(Frame(2, b"a")))
try:
    del f[0]
except TypeError as e:
    print("TypeError:", e)


class Tag(bytes):
    def label(self):
        return self.decode().upper()


t = Tag(b"abc")
print(t, t.label(), t[0], t[1:], t + b"d", b"<" + t, t == b"abc", b"abc" == t, t.startswith(b"a"))
print(bytes(t), t.split(b"b"), {t: 1}[b"abc"], Tag(3), Tag([65, 66]), Tag())
try:
    len(t)
except TypeError as e:
    print("TypeError:", e)


class Seen(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self


s = Seen()
s.add_all(3, 1, 3)
print(sorted(s), len(s), 1 in s, 2 in s, type(s).__name__, s == {1, 3}, {1, 3} == s)
print(sorted(s | {5}), sorted(s.union([7])), sorted(s.intersection({1, 9})), bool(Seen()))
try:
    print({5} | s)
except TypeError as e:
    print("TypeError:", e)

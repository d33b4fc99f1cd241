# io.StringIO/BytesIO as in-memory files: write/seek/read/readline, getvalue after partial overwrite,
# a line-counting wrapper stream class, and print(file=...) into a StringIO.
import io

s = io.StringIO()
s.write("alpha\n")
s.write("beta\ngamma")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()))
r = io.StringIO("l1\nl2\n\nl4")
print([line for line in r])
r2 = io.StringIO("a\nb\n")
print(r2.readlines() if hasattr(r2, "readlines") else "no readlines")
b = io.BytesIO(b"\x00\x01header")
print(b.read(2), b.read(), b.tell(), b.seek(0), b.read(1))
b.seek(0, 2)
b.write(b"++")
print(b.getvalue())


class Counting(io.IOBase):
    def __init__(self):
        self.lines = 0
        self.chars = 0
        self.buf = []

    def write(self, data):
        self.chars += len(data)
        self.lines += data.count("\n")
        self.buf.append(data)
        return len(data)


out = io.StringIO()
print("x", 1, [2], sep=",", file=out)
print("second", file=out, end="!")
print(repr(out.getvalue()))
c = Counting()
c.write("one\ntwo\n")
c.write("three")
print(c.lines, c.chars, "".join(c.buf).split())
with io.StringIO("ctx") as f:
    print(f.read())
try:
    f.read()
except ValueError as e:
    print("ValueError", e)

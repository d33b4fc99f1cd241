# sys.stdout.buffer: the binary side of stdout, written in program order with text writes and print().
import sys

out = sys.stdout.buffer
print(sys.stdout, out, sys.stdin.buffer, sys.stderr.buffer)
print(out is sys.stdout.buffer, hasattr(out, "buffer"))

# a framed binary record writer, as a serial protocol would emit it
def frame(payload):
    n = len(payload)
    return bytes([0x7E, 0x30 + n]) + payload + bytes([0x40 + (sum(payload) & 0x3F), 0x0A])


written = 0
for payload in (b"AB", b"hello", bytearray(b"xyz")):
    rec = frame(payload)
    written += out.write(rec)
    sys.stdout.write("<- %d bytes\n" % len(rec))
print("total", written)

# the count is bytes, for text writes too
print(out.write(b""), out.write(memoryview(b"--sliced--\n")[2:]))
n = sys.stdout.write("caf\u00e9 \u20ac\n")
print("text write returned", n)
print(out.write("str goes in as UTF-8\n"))
print(out.write(bytes([0xE2, 0x82, 0xAC, 0x0A])))

import array
print(out.write(array.array("B", [79, 75, 10])))

# interleaving: print, text write, binary write
for i in range(3):
    print("line", i, end=": ")
    out.write(b"bin")
    sys.stdout.write("+txt")
    out.write(b"\n")

try:
    out.write(42)
except TypeError as e:
    print("TypeError:", e)
try:
    out.buffer
except AttributeError as e:
    print("AttributeError:", e)
out.flush()
sys.stdout.flush()
print("done")

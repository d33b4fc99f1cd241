# bytearray: mutation, append/extend, slice assignment, conversion.
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba, len(ba))
ba[0] = 65
ba[-1] = 72
print(ba, ba[0], ba[1:3])
ba[1:3] = b"XYZ"
print(ba)
ba[0:0] = b">>"
print(ba)
try:
    del ba[0]  # MicroPython's bytearray has no item deletion
except TypeError as e:
    print("TypeError:", e)
ba[0:1] = b""
print(ba)
print(bytes(ba), bytearray(5), bytearray([1, 2, 3]), bytearray("hé", "utf-8"))
print(ba.find(b"Z"), ba.count(b"X"), ba.decode(), ba == bytearray(ba), ba == bytes(ba))
copy = bytearray(ba)
copy[0] = 0
print(ba[0], copy[0])
buf = bytearray(8)
for i in range(8):
    buf[i] = (i * 37) & 0xFF
print(buf, list(buf), sum(buf))
try:
    buf[0] = 300
except ValueError as e:
    print("ValueError:", e)
print(bytearray(b"xyz") + b"!", b"!" + bytearray(b"xyz"))
try:
    print(bytearray(b"ab") * 2)
except TypeError as e:  # bytes repeat, bytearray does not
    print("TypeError:", e)

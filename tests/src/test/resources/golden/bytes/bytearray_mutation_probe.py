# bytearray mutation: item and slice assignment, append/extend with bad values, deletion, in-place
# concatenation, and how bytearray and bytes combine and compare.
ba = bytearray(b"hello world")
ba[0] = 72
ba[-1] = ord("D")
print(ba, len(ba))
ba[5:6] = b"_"
ba[0:5] = b"HEY"
print(ba)
ba[len(ba):] = b"!!"
ba[0:0] = bytearray(b">>")
print(ba)
try:
    del ba[0:2]
except TypeError as e:
    print("TypeError", e)
try:
    del ba[-1]
except TypeError as e:
    print("TypeError", e)
ba[0:2] = b""
print(ba)
ba.append(33)
ba.extend(b"xy")
ba.extend([1, 2])
ba += b"++"
print(ba, ba.count(b"+"), ba.find(b"xy"))
for bad in (lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.append("a"), lambda: ba.extend([300, 2]),
            lambda: ba.extend(5), lambda: ba[::2]):
    try:
        bad()
        print("ok", ba[-2:])
    except (ValueError, TypeError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
ba[0] = 0x141
try:
    ba[100] = 1
except IndexError as e:
    print("IndexError", e)
print(ba[:3])
x = bytearray(3)
y = bytearray([1, 2, 3])
print(x, y, x == bytes(3), y == b"\x01\x02\x03", bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
print(type(bytearray(b"a") + b"b").__name__, type(b"a" + bytearray(b"b")).__name__)
print(bytearray(range(5)), bytearray("tx", "utf-8"), list(bytearray(b"\xff\x00")), bytearray(b"ab")[1])
z = bytearray(b"abc")
z2 = z
z2 += b"d"
print(z, z is z2, bytes(z), bytearray(z) is z)
try:
    print(bytearray(b"ab") * 2)
except TypeError as e:
    print("TypeError", e)
print(z.pop() if hasattr(z, "pop") else "no pop", z.decode(), z.upper() if hasattr(z, "upper") else "no upper")

# The bytes constructor and its friends: sizes, iterables, strings with encodings, fromhex/hex,
# int.to_bytes/from_bytes byte orders, and the errors for bad input.
print(bytes(), bytes(3), bytes([65, 66]), bytes((1,)), bytes(range(3)), bytes(b"x"), bytes(bytearray(b"y")))
print(bytes("abc", "utf-8"), bytes("\u00e9", "utf8"), len(bytes("\u20ac", "utf-8")), bytes("x", "ascii"))
print(bytes.fromhex("deadBEEF"), bytes.fromhex(""), bytes.fromhex("00 ff 10"), b"\x01\xab".hex())
print((258).to_bytes(2, "big"), (258).to_bytes(2, "little"), (1).to_bytes(4, "big"), (0).to_bytes(1, "big"))
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff" * 9, "big"), int.from_bytes(bytearray(b"\x80"), "little"))
for f in (lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes("abc"), lambda: bytes(1.5),
          lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"), lambda: (256).to_bytes(1, "big"),
          lambda: (1).to_bytes(1, "middle"), lambda: bytes([-1]), lambda: bytes(None)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(b"abc"[0], b"abc"[-1], b"abc"[1:], list(b"hi"), tuple(b"\x00\x01"), [x for x in b"AZ"])
print(bytes(5) == b"\x00" * 5, b"a" * 0, bytes(0))

# struct with repeat counts, padding bytes, mixed formats; out-of-range values are truncated, not rejected.
import struct
print(struct.calcsize("<4H"), struct.calcsize("<2x2B"), struct.calcsize("<i2h"), struct.calcsize(">Q"))
p = struct.pack("<4H", 1, 2, 3, 65535)
print(p, struct.unpack("<4H", p))
p2 = struct.pack("<B2xB", 7, 9)
print(p2, struct.unpack("<B2xB", p2))
p3 = struct.pack(">i2h", -1, 300, -300)
print(p3, struct.unpack(">i2h", p3))
table = b"".join(struct.pack("<BH", i, i * 1000) for i in range(5))
size = struct.calcsize("<BH")
print([struct.unpack_from("<BH", table, off) for off in range(0, len(table), size)])
print(struct.unpack("<ff", struct.pack("<ff", 0.5, -2.0)))
for fmt, args in (("<B", (256,)), ("<b", (-129,)), ("<H", (-1,))):
    try:
        print(fmt, args, struct.pack(fmt, *args))
    except (ValueError, OverflowError) as e:
        print(fmt, args, type(e).__name__)

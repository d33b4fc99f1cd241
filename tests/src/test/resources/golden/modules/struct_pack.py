# struct: pack/unpack with standard sizes and both byte orders, calcsize, pack_into/unpack_from.
import struct
fmt = "<HhIiBbQq"
vals = (65535, -2, 4000000000, -7, 255, -128, 2 ** 63, -(2 ** 40))
data = struct.pack(fmt, *vals)
print(len(data), struct.calcsize(fmt), data)
print(struct.unpack(fmt, data) == vals, struct.unpack(fmt, data))
print(struct.pack(">I", 0x01020304), struct.pack("<I", 0x01020304), struct.pack("!h", -2))
print(struct.pack("<f", 1.5), struct.pack(">d", -0.1), struct.unpack("<f", b"\x00\x00\xc0\x3f"))
print(struct.unpack("<d", struct.pack("<d", 3.141592653589793)))
print(struct.pack("<3s", b"abcdef"), struct.pack("<5s", b"ab"), struct.unpack("<2s", b"xy"))
print(struct.pack("<?", True) if False else struct.pack("<BB", 1, 0))
print(struct.calcsize("<iii"), struct.calcsize(">bhi"), struct.calcsize("<10s"), struct.calcsize("<4B"))
buf = bytearray(12)
struct.pack_into("<HI", buf, 2, 0xABCD, 123456)
print(buf, struct.unpack_from("<HI", buf, 2), struct.unpack_from("<B", buf))
records = b"".join(struct.pack("<hH", t, h) for t, h in ((215, 40), (-35, 95), (1000, 0)))
for i in range(0, len(records), 4):
    temp, hum = struct.unpack("<hH", records[i:i + 4])
    print("temp %.1f C humidity %d%%" % (temp / 10, hum))
try:
    struct.unpack("<I", b"\x00\x01")
except ValueError as e:
    print("ValueError:", e)

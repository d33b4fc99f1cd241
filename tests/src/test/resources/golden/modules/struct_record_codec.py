# Fixed-size binary records with struct: a header plus records packed little-endian, checksummed, then
# parsed back with unpack_from at offsets, and calcsize for every format used.
import struct

HEADER = "<4sHH"
RECORD = "<IhhB3x"
print(struct.calcsize(HEADER), struct.calcsize(RECORD), struct.calcsize(">bhiq"), struct.calcsize("<fd"))
samples = [(1700000000, 215, -40, 1), (1700000060, 218, -38, 0), (1700000120, -5, 32767, 255)]
body = b"".join(struct.pack(RECORD, *s) for s in samples)
checksum = sum(body) & 0xFFFF
blob = struct.pack(HEADER, b"LOG1", len(samples), checksum) + body
print(len(blob), blob[:8].hex(), blob[8:20].hex())
magic, n, chk = struct.unpack_from(HEADER, blob, 0)
print(magic, n, chk == sum(blob[8:]) & 0xFFFF)
for i in range(n):
    off = struct.calcsize(HEADER) + i * struct.calcsize(RECORD)
    ts, temp, hum, flags = struct.unpack_from(RECORD, blob, off)
    print(i, ts, temp / 10, hum, bin(flags))
print(struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.unpack(">i", b"\x80\x00\x00\x00"), struct.unpack("<q", bytes(8)))
print(struct.pack("<f", 1.5).hex(), struct.unpack("<d", struct.pack("<d", -0.1)))
print(struct.pack("<2h3s", 1, 2, b"abcdef"), struct.unpack("<3B", b"xyz"), struct.pack("<s", b""))
for fmt, args in (("<h", ("x",)), ("<hh", (1,)), ("<B", (1, 2))):
    try:
        struct.pack(fmt, *args)
    except (TypeError, ValueError) as e:
        print("error", fmt, type(e).__name__)
try:
    struct.unpack("<I", b"ab")
except ValueError as e:
    print("ValueError", e)

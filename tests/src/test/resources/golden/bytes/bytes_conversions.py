# Converting between ints, str and bytes: manual packing, hex strings, bit fields.
def pack_u16_le(n):
    return bytes([n & 0xFF, (n >> 8) & 0xFF])

def unpack_u16_le(b, off=0):
    return b[off] | (b[off + 1] << 8)

def pack_u32_be(n):
    return bytes([(n >> s) & 0xFF for s in (24, 16, 8, 0)])

vals = [0, 1, 258, 65535, 4660]
packed = b"".join(pack_u16_le(v) for v in vals)
print(packed, [unpack_u16_le(packed, i) for i in range(0, len(packed), 2)])
print(pack_u32_be(0xDEADBEEF), pack_u32_be(1))

def to_hex(b):
    return "".join("%02x" % x for x in b)

def from_hex(s):
    return bytes(int(s[i:i + 2], 16) for i in range(0, len(s), 2))

h = to_hex(b"\x00\x10\xab\xff")
print(h, from_hex(h), from_hex("48656c6c6f"))
print(bytes.fromhex("de ad be ef") if hasattr(bytes, "fromhex") else "no fromhex")
status = 0b1011_0110
fields = {"ready": status & 1, "mode": (status >> 1) & 0b11, "err": (status >> 3) & 1, "count": status >> 4}
print(sorted(fields.items()))
print(str(b"abc", "utf-8"), "é".encode(), "é".encode()[0], len("€".encode()))
print(list(b"\x00\x7f\x80\xff"), [b for b in bytearray(b"AZ")])

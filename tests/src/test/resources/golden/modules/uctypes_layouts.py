# uctypes constants, sizeof under the three layouts, and views of one buffer through several descriptors.
import uctypes

for name in ("LITTLE_ENDIAN", "BIG_ENDIAN", "NATIVE", "VOID", "UINT8", "INT8", "UINT16", "INT16", "UINT32",
             "INT32", "UINT64", "INT64", "FLOAT32", "FLOAT64", "BFUINT8", "BFINT8", "BFUINT16", "BFINT16",
             "BFUINT32", "BFINT32", "BF_POS", "BF_LEN", "PTR", "ARRAY", "SHORT", "USHORT", "INT", "UINT",
             "LONGLONG", "ULONGLONG"):
    print(name, getattr(uctypes, name))

# Native layout pads a structure to its widest field; packed layouts do not.
shapes = {
    "u8+u32": {"a": uctypes.UINT8 | 0, "b": uctypes.UINT32 | 1},
    "u16 at 5": {"a": uctypes.UINT16 | 5},
    "u64 and byte": {"a": uctypes.UINT64 | 0, "b": uctypes.UINT8 | 8},
    "f32 array": {"a": (uctypes.ARRAY | 0, uctypes.FLOAT32 | 3)},
    "nested": {"hdr": (0, {"x": uctypes.UINT8 | 0, "y": uctypes.UINT16 | 2}), "z": uctypes.UINT8 | 4},
    "struct array": {"items": (uctypes.ARRAY | 1, 3, {"v": uctypes.UINT16 | 0, "w": uctypes.UINT8 | 2})},
    "bitfield word": {"bits": uctypes.BFUINT32 | 2 | 3 << uctypes.BF_POS | 5 << uctypes.BF_LEN},
    "empty": {},
}
for name, desc in shapes.items():
    print(name, uctypes.sizeof(desc), uctypes.sizeof(desc, uctypes.LITTLE_ENDIAN),
          uctypes.sizeof(desc, uctypes.BIG_ENDIAN))
print("array descriptor", uctypes.sizeof((uctypes.ARRAY | 0, uctypes.INT16 | 10)))
print("bytearray", uctypes.sizeof(bytearray(7)))

# One buffer, many views.
buf = bytearray(range(1, 17))
addr = uctypes.addressof(buf)
views = {
    "u8": uctypes.UINT8, "i8": uctypes.INT8, "u16": uctypes.UINT16, "i16": uctypes.INT16,
    "u32": uctypes.UINT32, "i32": uctypes.INT32, "u64": uctypes.UINT64, "i64": uctypes.INT64,
}
buf[3] = 0xF0
buf[7] = 0xFF
for name in ("u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64"):
    le = uctypes.struct(addr, {"v": views[name] | 0}, uctypes.LITTLE_ENDIAN).v
    be = uctypes.struct(addr, {"v": views[name] | 0}, uctypes.BIG_ENDIAN).v
    print(name, le, be)

# Floats round-trip through their storage sizes.
f = uctypes.struct(addr, {"f": uctypes.FLOAT32 | 0, "d": uctypes.FLOAT64 | 8}, uctypes.BIG_ENDIAN)
f.f = 0.1
f.d = 0.1
print("float32 %.9f" % f.f, "float64", f.d, bytes(buf[:4]))
f.f = 3
print("int into float", f.f)

# Integer stores wrap to the field size; signed fields read back negative.
ints = uctypes.struct(addr, {"b": uctypes.INT8 | 0, "ub": uctypes.UINT8 | 1, "w": uctypes.INT16 | 2,
                             "q": uctypes.UINT64 | 8}, uctypes.LITTLE_ENDIAN)
ints.b = 200
ints.ub = -1
ints.w = 40000
ints.q = -2
print(ints.b, ints.ub, ints.w, ints.q)
ints.q = 2**64 + 3
print(ints.q, bytes(buf[8:16]))

# Sub-views by address: a struct can start anywhere inside the buffer.
mid = uctypes.struct(addr + 8, {"first": uctypes.UINT8 | 0}, uctypes.LITTLE_ENDIAN)
mid.first = 0x55
print("byte 8 is", hex(buf[8]))
print("addressof slice", uctypes.addressof(memoryview(buf)[5:]) - addr)
print("addressof sub-bytearray", uctypes.addressof(uctypes.bytearray_at(addr + 3, 4)) - addr)
print("same buffer same address", uctypes.addressof(buf) == addr, uctypes.addressof(memoryview(buf)) == addr)
other = bytearray(16)
print("other buffer", uctypes.addressof(other) != addr)

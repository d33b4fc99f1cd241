# A sensor log kept as an array of C structs, with pointers into it and raw memory views.
import uctypes
import struct

RECORD = {
    "id": uctypes.UINT16 | 0,
    "flags": uctypes.UINT8 | 2,
    "kind": uctypes.INT8 | 3,
    "temp": uctypes.FLOAT32 | 4,
    "stamp": uctypes.UINT32 | 8,
    "tag": (uctypes.ARRAY | 12, uctypes.UINT8 | 4),
}
LOG = {
    "count": uctypes.UINT32 | 0,
    "checksum": uctypes.UINT32 | 4,
    "records": (uctypes.ARRAY | 8, 4, RECORD),
}

rec_size = uctypes.sizeof(RECORD, uctypes.LITTLE_ENDIAN)
log_size = uctypes.sizeof(LOG, uctypes.LITTLE_ENDIAN)
print("record", rec_size, "log", log_size)

mem = bytearray(log_size)
log = uctypes.struct(uctypes.addressof(mem), LOG, uctypes.LITTLE_ENDIAN)

readings = [(101, 21.5, b"LIVN"), (102, -3.25, b"OUT1"), (103, 99.0, b"OVEN")]
for i, (ident, temp, tag) in enumerate(readings):
    r = log.records[i]
    r.id = ident
    r.kind = -i
    r.temp = temp
    r.stamp = 1700000000 + 60 * i
    r.flags = 0x80 | i
    r.tag[:] = tag
    log.count += 1

print("count", log.count)
for i in range(log.count):
    r = log.records[i]
    print(r.id, r.kind, r.temp, r.stamp - 1700000000, hex(r.flags), bytes(r.tag))

# The struct packing matches struct.pack with the same layout.
first = bytes(log.records[0])
print(first == struct.pack("<HBbfI4s", 101, 0x80, 0, 21.5, 1700000000, b"LIVN"))

# Sum every byte of the records through one bytes_at copy.
base = uctypes.addressof(mem)
blob = uctypes.bytes_at(base + 8, rec_size * log.count)
log.checksum = sum(blob) & 0xFFFFFFFF
print("checksum", log.checksum, len(blob))

# bytes_at copies, bytearray_at aliases.
snapshot = uctypes.bytes_at(base + 8, 2)
alias = uctypes.bytearray_at(base + 8, 2)
alias[0] = 0xFF
print("snapshot", snapshot, "alias", alias, "record id", log.records[0].id)
log.records[0].id = 101
print("alias after store", alias)

# Addresses of records differ by the record size.
a0 = uctypes.addressof(log.records[0])
a2 = uctypes.addressof(log.records[2])
print("record stride", (a2 - a0) // 2, a0 - base)

# A pointer to a record and a pointer to bytes; the pointer value is written with a plain integer field.
ptr_mem = bytearray(16)
holder = uctypes.struct(uctypes.addressof(ptr_mem), {"addr": uctypes.UINT32 | 0, "addr2": uctypes.UINT32 | 8},
                        uctypes.LITTLE_ENDIAN)
pointers = uctypes.struct(uctypes.addressof(ptr_mem), {
    "rec": (uctypes.PTR | 0, RECORD),
    "raw": (uctypes.PTR | 8, uctypes.UINT8),
}, uctypes.LITTLE_ENDIAN)
holder.addr = a0
holder.addr2 = uctypes.addressof(log.records[1].tag)
print("via pointer", pointers.rec[0].id, pointers.rec[1].id, pointers.rec[2].temp)
print("raw bytes", "".join(chr(pointers.raw[i]) for i in range(4)))
print("int(ptr) is the address", int(pointers.rec) == a0)
print("repr", repr(pointers.rec)[:12], repr(log)[:15], repr(log.records)[:14])

# The buffer protocol: memoryview and bytes of a struct are its sizeof bytes.
mv = memoryview(log.records[2])
print(len(mv), bytes(mv[12:16]))
mv[0] = 7
print("id via memoryview", log.records[2].id)

# Errors as MicroPython reports them.
for label, fn in (
    ("unknown field", lambda: log.missing),
    ("index past end", lambda: log.records[4]),
    ("index a struct", lambda: log[0]),
    ("fields of an array", lambda: log.records.count),
    ("sizeof a scalar", lambda: uctypes.sizeof(log.count)),
    ("bad descriptor", lambda: uctypes.sizeof({"x": "UINT8"})),
    ("no buffer", lambda: uctypes.addressof(12)),
    ("float into int field", lambda: setattr(log, "count", 1.5)),
    ("assign aggregate", lambda: setattr(log, "records", 0)),
    ("sizeof struct with layout", lambda: uctypes.sizeof(log, uctypes.NATIVE)),
):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    log.records[0] = 1
except TypeError as e:
    print("assign array item:", e)

# Sending binary sensor records over a text-only link: struct packing, base64 with line framing, hex dump, verification.
import binascii, struct

RECORD = "<IhhB"

def make_records(n):
    out = []
    t = 1700000000
    for i in range(n):
        out.append((t + i * 15, 2000 + (i * 37) % 400 - 200, -(i * 13) % 1000, i % 4))
    return out

def pack_all(records):
    body = b"".join(struct.pack(RECORD, *r) for r in records)
    header = struct.pack("<2sHI", b"SR", len(records), binascii.crc32(body))
    return header + body

def to_lines(blob, width=32):
    text = binascii.b2a_base64(blob).strip()
    return [text[i:i + width].decode() for i in range(0, len(text), width)]

def from_lines(lines):
    blob = binascii.a2b_base64("".join(lines).encode())
    magic, count, crc = struct.unpack_from("<2sHI", blob)
    if magic != b"SR":
        raise ValueError("bad magic %r" % magic)
    body = blob[8:]
    if binascii.crc32(body) != crc:
        raise ValueError("crc mismatch")
    size = struct.calcsize(RECORD)
    if len(body) != count * size:
        raise ValueError("length %d != %d" % (len(body), count * size))
    return [struct.unpack_from(RECORD, body, i * size) for i in range(count)]

def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hx = " ".join("%02x" % b for b in chunk)
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print("%04x  %-47s  %s" % (off, hx, asc))

recs = make_records(6)
blob = pack_all(recs)
print("record size", struct.calcsize(RECORD), "blob", len(blob))
hexdump(blob[:48])
lines = to_lines(blob)
for l in lines:
    print(">", l)
back = from_lines(lines)
print("round trip ok:", back == recs)
for r in back[:3]:
    print("  t=%d temp=%.2f delta=%d status=%d" % (r[0], r[1] / 100, r[2], r[3]))

# damage: flip one base64 character
bad = list(lines)
bad[1] = ("B" if bad[1][0] != "B" else "C") + bad[1][1:]
try:
    from_lines(bad)
except ValueError as e:
    print("damaged:", e)
try:
    from_lines([binascii.b2a_base64(b"XX" + blob[2:]).decode().strip()])
except ValueError as e:
    print("damaged:", e)
print(binascii.hexlify(blob[:8]).decode())
print(binascii.unhexlify("53520600") == blob[:4])

# Parse Intel HEX firmware records: checksums, extended linear addresses, data placement into a flash image.
import binascii

HEX = """:020000040800F2
:10000000000102030405060708090A0B0C0D0E0F78
:10001000101112131415161718191A1B1C1D1E1F68
:08002000DEADBEEFCAFEBABEC0
:0400300001020304BC
:020000040801F1
:04000000AABBCCDDEE
:0400040011223344FF
:00000001FF"""

class HexError(Exception):
    pass

def parse_record(line, lineno):
    if not line.startswith(":"):
        raise HexError("line %d: missing ':'" % lineno)
    try:
        raw = binascii.unhexlify(line[1:])
    except ValueError:
        raise HexError("line %d: bad hex digits" % lineno)
    if len(raw) < 5 or len(raw) != raw[0] + 5:
        raise HexError("line %d: length mismatch" % lineno)
    if sum(raw) & 0xFF:
        want = (-sum(raw[:-1])) & 0xFF
        raise HexError("line %d: checksum %02X, expected %02X" % (lineno, raw[-1], want))
    count, addr, rtype = raw[0], (raw[1] << 8) | raw[2], raw[3]
    return rtype, addr, bytes(raw[4:4 + count])

def load(text):
    base = 0
    image = {}
    errors = []
    done = False
    for n, line in enumerate(text.split("\n"), 1):
        line = line.strip()
        if not line:
            continue
        try:
            rtype, addr, data = parse_record(line, n)
        except HexError as e:
            errors.append(str(e))
            continue
        if rtype == 0:
            for i, b in enumerate(data):
                image[base + addr + i] = b
        elif rtype == 1:
            done = True
            break
        elif rtype == 4:
            base = ((data[0] << 8) | data[1]) << 16
        else:
            errors.append("line %d: unsupported record type %d" % (n, rtype))
    return image, errors, done

image, errors, done = load(HEX)
print("bytes loaded", len(image), "EOF seen", done)
for e in errors:
    print("error:", e)
addrs = sorted(image)
# group contiguous ranges
ranges = []
start = prev = addrs[0]
for a in addrs[1:]:
    if a != prev + 1:
        ranges.append((start, prev))
        start = a
    prev = a
ranges.append((start, prev))
for lo, hi in ranges:
    data = bytes(image[a] for a in range(lo, hi + 1))
    print("0x%08X-0x%08X %3d bytes crc32=%08x" % (lo, hi, hi - lo + 1, binascii.crc32(data)))
    for off in range(0, len(data), 16):
        print("   %08X: %s" % (lo + off, " ".join("%02X" % b for b in data[off:off + 16])))

def make_record(addr, data, rtype=0):
    body = bytes([len(data), addr >> 8, addr & 0xFF, rtype]) + data
    return ":" + binascii.hexlify(body + bytes([(-sum(body)) & 0xFF])).decode().upper()

print(make_record(0x0030, b"\x01\x02\x03\x04"))
print(make_record(0, b"", 1))
print(make_record(0x1234, b"hello"))

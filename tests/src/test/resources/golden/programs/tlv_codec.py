# A tag-length-value codec for a sensor telemetry protocol: nested containers, typed values, round trip.
import struct

T_INT, T_STR, T_FLOAT, T_BYTES, T_LIST, T_BOOL = 1, 2, 3, 4, 5, 6

def encode(value):
    if isinstance(value, bool):
        return bytes([T_BOOL, 1, 1 if value else 0])
    if isinstance(value, int):
        payload = struct.pack(">i", value)
        tag = T_INT
    elif isinstance(value, float):
        payload = struct.pack(">f", value)
        tag = T_FLOAT
    elif isinstance(value, str):
        payload = value.encode()
        tag = T_STR
    elif isinstance(value, (bytes, bytearray)):
        payload = bytes(value)
        tag = T_BYTES
    elif isinstance(value, (list, tuple)):
        payload = b"".join(encode(v) for v in value)
        tag = T_LIST
    else:
        raise TypeError("cannot encode %s" % type(value).__name__)
    n = len(payload)
    if n < 0x80:
        head = bytes([tag, n])
    else:
        head = bytes([tag, 0x80 | (n >> 8), n & 0xFF])
    return head + payload

def decode(buf, pos=0):
    tag = buf[pos]
    n = buf[pos + 1]
    pos += 2
    if n & 0x80:
        n = ((n & 0x7F) << 8) | buf[pos]
        pos += 1
    end = pos + n
    if end > len(buf):
        raise ValueError("truncated at %d (need %d, have %d)" % (pos, n, len(buf) - pos))
    body = buf[pos:end]
    if tag == T_INT:
        return struct.unpack(">i", body)[0], end
    if tag == T_FLOAT:
        return struct.unpack(">f", body)[0], end
    if tag == T_STR:
        return bytes(body).decode(), end
    if tag == T_BYTES:
        return bytes(body), end
    if tag == T_BOOL:
        return body[0] != 0, end
    if tag == T_LIST:
        items = []
        p = pos
        while p < end:
            v, p = decode(buf, p)
            items.append(v)
        return items, end
    raise ValueError("unknown tag %d" % tag)

message = ["node-7", 42, -1300, 21.5, True, b"\x01\x02\xff", ["temp", 19.25, ["nested", False]], "x" * 130]
wire = encode(message)
print("encoded", len(wire), "bytes")
print("head:", wire[:12].hex())
back, used = decode(memoryview(wire))
print("used", used)
for a, b in zip(message, back):
    print(type(a).__name__, repr(a)[:30], "->", repr(b)[:30], a == b)

for bad in (wire[:40], bytes([9, 1, 0])):
    try:
        decode(bad)
    except ValueError as e:
        print("error:", e)
try:
    encode({"a": 1})
except TypeError as e:
    print("error:", e)

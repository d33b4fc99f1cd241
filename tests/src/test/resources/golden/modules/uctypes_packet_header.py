# Parse and patch an IPv4 + UDP header in place with uctypes descriptors (network byte order).
import uctypes

IPV4_HEADER = {
    "version": uctypes.BFUINT8 | 0 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "ihl": uctypes.BFUINT8 | 0 | 0 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "tos": uctypes.UINT8 | 1,
    "total_length": uctypes.UINT16 | 2,
    "ident": uctypes.UINT16 | 4,
    "flags": uctypes.BFUINT16 | 6 | 13 << uctypes.BF_POS | 3 << uctypes.BF_LEN,
    "frag_offset": uctypes.BFUINT16 | 6 | 0 << uctypes.BF_POS | 13 << uctypes.BF_LEN,
    "ttl": uctypes.UINT8 | 8,
    "protocol": uctypes.UINT8 | 9,
    "checksum": uctypes.UINT16 | 10,
    "src": (uctypes.ARRAY | 12, uctypes.UINT8 | 4),
    "dst": (uctypes.ARRAY | 16, uctypes.UINT8 | 4),
}

UDP_HEADER = {
    "src_port": uctypes.UINT16 | 0,
    "dst_port": uctypes.UINT16 | 2,
    "length": uctypes.UINT16 | 4,
    "checksum": uctypes.UINT16 | 6,
}

PACKET = {
    "ip": (0, IPV4_HEADER),
    "udp": (20, UDP_HEADER),
    "payload": (uctypes.ARRAY | 28, uctypes.UINT8 | 5),
}

frame = bytearray(
    b"\x45\x00\x00\x21\x1c\x46\x40\x00\x40\x11\x00\x00"
    b"\xc0\xa8\x01\x0a\xc0\xa8\x01\x01"
    b"\x30\x39\x00\x35\x00\x0d\x00\x00"
    b"hello"
)


def dotted(addr):
    return ".".join(str(b) for b in addr)


def checksum(header_bytes):
    total = 0
    for i in range(0, len(header_bytes), 2):
        total += (header_bytes[i] << 8) | header_bytes[i + 1]
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


pkt = uctypes.struct(uctypes.addressof(frame), PACKET, uctypes.BIG_ENDIAN)
ip = pkt.ip
udp = pkt.udp

print("sizes:", uctypes.sizeof(IPV4_HEADER, uctypes.BIG_ENDIAN), uctypes.sizeof(UDP_HEADER, uctypes.BIG_ENDIAN),
      uctypes.sizeof(pkt))
print("version", ip.version, "ihl", ip.ihl, "header bytes", ip.ihl * 4)
print("total length", ip.total_length, "ident", hex(ip.ident))
print("flags", ip.flags, "DF" if ip.flags & 2 else "-", "fragment offset", ip.frag_offset)
print("ttl", ip.ttl, "protocol", ip.protocol)
print("src", dotted(ip.src), "dst", dotted(ip.dst))
print("udp", udp.src_port, "->", udp.dst_port, "length", udp.length)
print("payload", bytes(pkt.payload))
print("payload type", type(pkt.payload).__name__, len(pkt.payload))

# Fill in the header checksum, then check it verifies to zero.
ip.checksum = checksum(bytes(ip))
print("checksum", hex(ip.checksum), "verify", checksum(bytes(ip)))
print("raw checksum bytes", frame[10], frame[11])

# Forward the packet: decrement the TTL and patch the checksum.
ip.ttl -= 1
ip.checksum = 0
ip.checksum = checksum(bytes(ip))
print("after forward: ttl", ip.ttl, "checksum", hex(ip.checksum), "verify", checksum(bytes(ip)))

# Rewrite the destination (a NAT) through the aliasing bytearray field.
ip.dst[3] = 42
print("dst now", dotted(ip.dst), "frame byte", frame[19])

# Bit fields share their word: setting one keeps the other.
ip.flags = 1
print("flags", ip.flags, "offset", ip.frag_offset, "word", hex(uctypes.struct(uctypes.addressof(frame),
      {"w": uctypes.UINT16 | 6}, uctypes.BIG_ENDIAN).w))
ip.frag_offset = 185
print("flags", ip.flags, "offset", ip.frag_offset, "bytes", frame[6], frame[7])
ip.version = 6
print("version", ip.version, "ihl", ip.ihl, "first byte", hex(frame[0]))

# The same bytes as little-endian give other numbers.
le = uctypes.struct(uctypes.addressof(frame) + 20, UDP_HEADER, uctypes.LITTLE_ENDIAN)
print("as little-endian", le.src_port, le.dst_port)

# Addresses: the nested structs sit at their offsets in the frame.
base = uctypes.addressof(frame)
print("offsets", uctypes.addressof(ip) - base, uctypes.addressof(udp) - base, uctypes.addressof(pkt.payload) - base)
print("memoryview", bytes(memoryview(udp)))

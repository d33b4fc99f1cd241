# Building and parsing a binary packet format with a header bit-field and a checksum.
import struct

def checksum(data):
    s = 0
    for b in data:
        s = (s + b) & 0xFF
    return (-s) & 0xFF

def build(version, kind, seq, payload):
    if not 0 <= version < 4 or not 0 <= kind < 64:
        raise ValueError("header field out of range")
    header = (version << 6) | kind
    body = struct.pack("<BHB", header, seq, len(payload)) + payload
    return body + bytes([checksum(body)])

def parse(packet):
    if len(packet) < 5:
        raise ValueError("short packet")
    if checksum(packet[:-1]) != packet[-1]:
        raise ValueError("bad checksum")
    header, seq, length = struct.unpack("<BHB", packet[:4])
    payload = packet[4:4 + length]
    if len(payload) != length:
        raise ValueError("truncated payload")
    return {"version": header >> 6, "kind": header & 0x3F, "seq": seq, "payload": payload}

packets = [build(1, 5, 1, b"hello"), build(2, 63, 65535, b""), build(3, 0, 258, bytes(range(10)))]
for p in packets:
    print(p, sorted(parse(p).items()))
corrupt = bytearray(packets[0])
corrupt[5] ^= 0x20
for bad in (bytes(corrupt), packets[0][:3], packets[0][:-3] + bytes([checksum(packets[0][:-3])])):
    try:
        parse(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    build(4, 0, 0, b"")
except ValueError as e:
    print("ValueError:", e)

# Hand-written CRC-8, CRC-16/CCITT, CRC-16/MODBUS, Fletcher-16 and Adler-32 compared on firmware-style frames,
# plus binascii.crc32 against a bitwise CRC-32.
import binascii

def crc8(data, poly=0x07, init=0x00):
    crc = init
    for b in data:
        crc ^= b
        for _ in range(8):
            if crc & 0x80:
                crc = ((crc << 1) ^ poly) & 0xFF
            else:
                crc = (crc << 1) & 0xFF
    return crc

def crc16_ccitt(data, init=0xFFFF):
    crc = init
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc

def crc16_modbus(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0xA001
            else:
                crc >>= 1
    return crc

def crc32_bitwise(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            mask = -(crc & 1) & 0xFFFFFFFF
            crc = (crc >> 1) ^ (0xEDB88320 & mask)
    return crc ^ 0xFFFFFFFF

def fletcher16(data):
    a = b = 0
    for x in data:
        a = (a + x) % 255
        b = (b + a) % 255
    return (b << 8) | a

def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

# build a CRC-8 lookup table and check it against the bitwise version
TABLE = [crc8(bytes([i])) for i in range(256)]
def crc8_table(data):
    crc = 0
    for b in data:
        crc = TABLE[crc ^ b]
    return crc

samples = [b"123456789", b"", b"\x00\x00\x00\x00", b"MicroPython", bytes(range(32)), b"\xff" * 7]
print("%-14s %4s %6s %6s %8s %6s %10s" % ("data", "crc8", "ccitt", "modbus", "crc32", "fl16", "adler"))
for s in samples:
    label = s.decode() if s and all(32 <= c < 127 for c in s) else binascii.hexlify(s[:6]).decode()
    c32 = binascii.crc32(s)
    assert c32 == crc32_bitwise(s), s
    assert crc8(s) == crc8_table(s)
    print("%-14s %02x   %04x   %04x   %08x %04x   %08x" % (label[:14], crc8(s), crc16_ccitt(s), crc16_modbus(s), c32, fletcher16(s), adler32(s)))

# incremental crc32 over chunks equals the one-shot value
blob = bytes((i * 7 + 3) & 0xFF for i in range(300))
acc = 0
for i in range(0, len(blob), 64):
    acc = binascii.crc32(blob[i:i + 64], acc)
print("chunked crc32 %08x one-shot %08x" % (acc, binascii.crc32(blob)))

# a frame with a trailing modbus CRC (little-endian) verifies to residue 0
frame = bytearray(b"\x01\x03\x00\x00\x00\x0a")
c = crc16_modbus(frame)
frame += bytes([c & 0xFF, c >> 8])
print("frame", binascii.hexlify(frame).decode(), "residue", crc16_modbus(frame))
frame[2] ^= 0x10
print("corrupted residue %04x" % crc16_modbus(frame))
print("table sample", [hex(TABLE[i]) for i in (1, 2, 128, 255)])

# Byte-level algorithms: hexdump, XOR checksum, CRC-8 and Fletcher-16.
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print("%04x  %-*s  %s" % (off, width * 3 - 1, hexpart, text))

def xor_sum(data):
    x = 0
    for b in data:
        x ^= b
    return x

def crc8(data, poly=0x07):
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc

def fletcher16(data):
    s1 = s2 = 0
    for b in data:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1

msg = b"MicroPython\x00\x01\x02 on the JVM\xff"
hexdump(msg)
print("xor %02x crc8 %02x fletcher %04x" % (xor_sum(msg), crc8(msg), fletcher16(msg)))
print("%02x %04x" % (crc8(b"123456789"), fletcher16(b"abcde")))

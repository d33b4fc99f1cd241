# A serial framing layer: SLIP-style byte stuffing with END/ESC escapes, a CRC-16/CCITT-FALSE checksum
# computed bit by bit and with a table, and a streaming decoder fed in odd-sized chunks.
END, ESC, ESC_END, ESC_ESC = 0xC0, 0xDB, 0xDC, 0xDD


def crc16_bitwise(data, crc=0xFFFF):
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


TABLE = [crc16_bitwise(bytes([i]), 0) for i in range(256)]


def crc16_table(data, crc=0xFFFF):
    for b in data:
        crc = ((crc << 8) & 0xFFFF) ^ TABLE[(crc >> 8) ^ b]
    return crc


def encode(payload):
    body = payload + crc16_table(payload).to_bytes(2, "big")
    out = bytearray([END])
    for b in body:
        if b == END:
            out += bytes([ESC, ESC_END])
        elif b == ESC:
            out += bytes([ESC, ESC_ESC])
        else:
            out.append(b)
    out.append(END)
    return bytes(out)


class Decoder:
    def __init__(self):
        self.buf = bytearray()
        self.escaped = False
        self.frames = []

    def feed(self, chunk):
        for b in chunk:
            if self.escaped:
                self.buf.append(END if b == ESC_END else ESC if b == ESC_ESC else b)
                self.escaped = False
            elif b == ESC:
                self.escaped = True
            elif b == END:
                if self.buf:
                    self.finish()
            else:
                self.buf.append(b)

    def finish(self):
        data = bytes(self.buf[:-2])
        crc = int.from_bytes(bytes(self.buf[-2:]), "big")
        self.frames.append((data, crc == crc16_table(data)))
        self.buf = bytearray()


print(hex(crc16_bitwise(b"123456789")), hex(crc16_table(b"123456789")), TABLE[:4], hex(TABLE[255]))
payloads = [b"hello", bytes([0xC0, 0xDB, 0x00]), b"", bytes(range(0xBF, 0xC3)), b"\xdb\xdc\xdd"]
stream = b"".join(encode(p) for p in payloads)
print(len(stream), stream[:12].hex(), encode(b"\xc0").hex())
dec = Decoder()
sizes = [1, 3, 7, 2, 5]
pos = 0
i = 0
while pos < len(stream):
    n = sizes[i % len(sizes)]
    dec.feed(stream[pos:pos + n])
    pos += n
    i += 1
for data, ok in dec.frames:
    print(data, ok)
corrupt = bytearray(encode(b"data"))
corrupt[3] ^= 0x01
dec2 = Decoder()
dec2.feed(corrupt)
print(dec2.frames)

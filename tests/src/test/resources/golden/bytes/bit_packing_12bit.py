# Packing 12-bit ADC samples two per three bytes (as many sensors do), unpacking them again, and a
# bit-level writer/reader for variable-width fields.
def pack12(samples):
    out = bytearray()
    for i in range(0, len(samples), 2):
        a = samples[i] & 0xFFF
        b = samples[i + 1] & 0xFFF if i + 1 < len(samples) else 0
        out += bytes([a >> 4, ((a & 0xF) << 4) | (b >> 8), b & 0xFF])
    return bytes(out)


def unpack12(data, count):
    out = []
    for i in range(0, len(data), 3):
        x, y, z = data[i], data[i + 1], data[i + 2]
        out.append((x << 4) | (y >> 4))
        out.append(((y & 0xF) << 8) | z)
    return out[:count]


class BitWriter:
    def __init__(self):
        self.acc = 0
        self.nbits = 0
        self.out = bytearray()

    def write(self, value, width):
        self.acc = (self.acc << width) | (value & ((1 << width) - 1))
        self.nbits += width
        while self.nbits >= 8:
            self.nbits -= 8
            self.out.append((self.acc >> self.nbits) & 0xFF)
        self.acc &= (1 << self.nbits) - 1

    def getvalue(self):
        if self.nbits:
            return bytes(self.out) + bytes([(self.acc << (8 - self.nbits)) & 0xFF])
        return bytes(self.out)


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, width):
        v = 0
        for _ in range(width):
            byte = self.data[self.pos >> 3]
            v = (v << 1) | ((byte >> (7 - (self.pos & 7))) & 1)
            self.pos += 1
        return v


samples = [0, 4095, 2048, 1, 0xABC, 0x123, 777]
packed = pack12(samples)
print(packed.hex(), len(packed), unpack12(packed, len(samples)) == samples)
fields = [(5, 3), (0, 1), (1, 1), (300, 9), (0x3FF, 10), (2, 2), (12345, 16), (1, 4)]
w = BitWriter()
for value, width in fields:
    w.write(value, width)
data = w.getvalue()
print(data.hex(), len(data), sum(wd for _, wd in fields))
r = BitReader(data)
print([r.read(wd) for _, wd in fields], r.pos)
print(bin(int.from_bytes(data[:2], "big")), [bin(b) for b in data[:3]])

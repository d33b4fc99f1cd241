# LZW compression and decompression of byte strings with variable code width, packed into a bit stream.
def lzw_compress(data):
    table = {bytes([i]): i for i in range(256)}
    w = b""
    out = []
    for c in data:
        wc = w + bytes([c])
        if wc in table:
            w = wc
        else:
            out.append(table[w])
            table[wc] = len(table)
            w = bytes([c])
    if w:
        out.append(table[w])
    return out

def lzw_decompress(codes):
    table = {i: bytes([i]) for i in range(256)}
    if not codes:
        return b""
    w = table[codes[0]]
    out = bytearray(w)
    for k in codes[1:]:
        if k in table:
            entry = table[k]
        elif k == len(table):
            entry = w + w[:1]
        else:
            raise ValueError("bad code %d" % k)
        out += entry
        table[len(table)] = w + entry[:1]
        w = entry
    return bytes(out)

class BitWriter:
    def __init__(self):
        self.buf = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value, width):
        self.acc = (self.acc << width) | value
        self.nbits += width
        while self.nbits >= 8:
            self.nbits -= 8
            self.buf.append((self.acc >> self.nbits) & 0xFF)
        self.acc &= (1 << self.nbits) - 1

    def flush(self):
        if self.nbits:
            self.buf.append((self.acc << (8 - self.nbits)) & 0xFF)
            self.nbits = 0
        return bytes(self.buf)

class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, width):
        v = 0
        for _ in range(width):
            byte = self.data[self.pos >> 3]
            bit = (byte >> (7 - (self.pos & 7))) & 1
            v = (v << 1) | bit
            self.pos += 1
        return v

def width_for(n):
    w = 9
    while (1 << w) <= n:
        w += 1
    return w

def pack(codes):
    bw = BitWriter()
    for i, c in enumerate(codes):
        bw.write(c, width_for(256 + i))
    return bw.flush()

def unpack(data, count):
    br = BitReader(data)
    return [br.read(width_for(256 + i)) for i in range(count)]

samples = [
    b"TOBEORNOTTOBEORTOBEORNOT",
    b"abababababababababababababab",
    b"the quick brown fox jumps over the lazy dog",
    bytes(range(40)),
    b"\x00" * 100,
    b"",
]
for s in samples:
    codes = lzw_compress(s)
    packed = pack(codes)
    back = lzw_decompress(unpack(packed, len(codes)))
    ratio = len(packed) / len(s) if s else 0
    print("%3d -> %3d codes -> %3d bytes (%.2f) ok=%s" % (len(s), len(codes), len(packed), ratio, back == s))
print(lzw_compress(b"TOBEORNOTTOBEORTOBEORNOT"))
print(pack(lzw_compress(b"aaaa")).hex())
try:
    lzw_decompress([65, 300])
except ValueError as e:
    print("ValueError:", e)

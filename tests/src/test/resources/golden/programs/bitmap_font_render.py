# Render text with a 5x7 bitmap font stored as column bytes, scale it, invert it, and pack it into a 1-bpp
# framebuffer row by row (as for a small monochrome display).
FONT = {
    "H": (0x7F, 0x08, 0x08, 0x08, 0x7F), "E": (0x7F, 0x49, 0x49, 0x49, 0x41), "L": (0x7F, 0x40, 0x40, 0x40, 0x40),
    "O": (0x3E, 0x41, 0x41, 0x41, 0x3E), "P": (0x7F, 0x09, 0x09, 0x09, 0x06), "Y": (0x07, 0x08, 0x70, 0x08, 0x07),
    "1": (0x00, 0x42, 0x7F, 0x40, 0x00), "2": (0x42, 0x61, 0x51, 0x49, 0x46), " ": (0, 0, 0, 0, 0),
    "!": (0x00, 0x00, 0x5F, 0x00, 0x00), "?": (0x02, 0x01, 0x51, 0x09, 0x06),
}

def columns(text):
    cols = []
    for ch in text:
        glyph = FONT.get(ch, FONT["?"])
        cols.extend(glyph)
        cols.append(0)
    return cols

def rasterize(cols, scale=1):
    rows = []
    for y in range(7):
        row = []
        for c in cols:
            bit = (c >> y) & 1
            row.extend([bit] * scale)
        for _ in range(scale):
            rows.append(row)
    return rows

def draw(rows, on="#", off="."):
    for r in rows:
        print("".join(on if b else off for b in r))

def pack_rows(rows):
    out = bytearray()
    for r in rows:
        for i in range(0, len(r), 8):
            byte = 0
            for b in r[i:i + 8]:
                byte = (byte << 1) | b
            byte <<= 8 - len(r[i:i + 8])
            out.append(byte)
    return bytes(out)

cols = columns("HELLO")
draw(rasterize(cols))
print()
draw(rasterize(columns("PY1"), 2), on="@", off=" ")
print()
inv = [[1 - b for b in row] for row in rasterize(columns("HI!"))]
draw(inv)
fb = pack_rows(rasterize(cols))
print(len(cols), "columns ->", len(fb), "bytes")
print(fb[:10].hex())
lit = sum(bin(b).count("1") for b in fb)
print("lit pixels", lit, "of", 7 * len(cols))
# mirror a glyph horizontally and flip it vertically with bit tricks
g = FONT["P"]
mirrored = tuple(reversed(g))
def reverse7(c):
    r = 0
    for _ in range(7):
        r = (r << 1) | (c & 1)
        c >>= 1
    return r

flipped = tuple(reverse7(c) for c in g)
print(["{:07b}".format(c) for c in g])
print([hex(c) for c in mirrored], [hex(c) for c in flipped])
draw(rasterize(list(flipped)))

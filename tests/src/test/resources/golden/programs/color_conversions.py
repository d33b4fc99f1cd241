# Colour conversions for LED strips: RGB <-> HSV, RGB565 packing, gamma correction tables and a colour wheel.
def hsv_to_rgb(h, s, v):
    if s == 0:
        c = round(v * 255)
        return (c, c, c)
    h = (h % 360) / 60
    i = int(h)
    f = h - i
    p, q, t = v * (1 - s), v * (1 - s * f), v * (1 - s * (1 - f))
    r, g, b = [(v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q)][i]
    return (round(r * 255), round(g * 255), round(b * 255))

def rgb_to_hsv(r, g, b):
    r, g, b = r / 255, g / 255, b / 255
    mx, mn = max(r, g, b), min(r, g, b)
    d = mx - mn
    if d == 0:
        h = 0.0
    elif mx == r:
        h = 60 * (((g - b) / d) % 6)
    elif mx == g:
        h = 60 * ((b - r) / d + 2)
    else:
        h = 60 * ((r - g) / d + 4)
    s = 0.0 if mx == 0 else d / mx
    return (round(h, 1), round(s, 3), round(mx, 3))

def to565(r, g, b):
    return ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3)

def from565(c):
    r, g, b = (c >> 11) & 0x1F, (c >> 5) & 0x3F, c & 0x1F
    return ((r << 3) | (r >> 2), (g << 2) | (g >> 4), (b << 3) | (b >> 2))

GAMMA = [int((i / 255) ** 2.2 * 255 + 0.5) for i in range(256)]

for h in range(0, 360, 45):
    rgb = hsv_to_rgb(h, 1.0, 1.0)
    print("h=%3d rgb=%-15s hsv=%-20s 565=%04X back=%s" % (h, rgb, rgb_to_hsv(*rgb), to565(*rgb), from565(to565(*rgb))))
for rgb in ((0, 0, 0), (255, 255, 255), (128, 64, 32), (12, 200, 99)):
    hsv = rgb_to_hsv(*rgb)
    print(rgb, "->", hsv, "->", hsv_to_rgb(*hsv))
print("gamma samples", [GAMMA[i] for i in (0, 1, 32, 64, 128, 192, 255)])
print("levels used", len(set(GAMMA)), "zero run", GAMMA.index(1))
strip = [hsv_to_rgb(i * 360 // 12, 1.0, 0.5) for i in range(12)]
print(" ".join("%02x%02x%02x" % c for c in strip))
print(bytes(GAMMA[x] for c in strip[:4] for x in c).hex())

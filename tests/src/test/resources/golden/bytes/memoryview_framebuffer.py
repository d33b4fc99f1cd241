# A 1-bit framebuffer stored in a bytearray and manipulated through memoryview rows.
W, H = 16, 8
buf = bytearray(W * H // 8)

def set_pixel(x, y, on=True):
    idx = (y * W + x) // 8
    bit = 7 - (x % 8)
    if on:
        buf[idx] |= 1 << bit
    else:
        buf[idx] &= ~(1 << bit) & 0xFF

def row_view(y):
    stride = W // 8
    return memoryview(buf)[y * stride:(y + 1) * stride]

def show():
    for y in range(H):
        row = row_view(y)
        print("".join("#" if row[x // 8] & (1 << (7 - x % 8)) else "." for x in range(W)))

for i in range(8):
    set_pixel(i, i)
    set_pixel(15 - i, i)
for x in range(W):
    set_pixel(x, 0)
show()
r = row_view(7)
r[0] = 0xFF
r[1] = 0x0F
set_pixel(0, 0, False)
print(buf[:4], bytes(row_view(7)))
show()
print(sum(bin(b).count("1") for b in buf))

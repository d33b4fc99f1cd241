# Bitwise operations with negative and big operands (two's complement semantics on unbounded ints),
# shifts by large amounts, and masks for fixed-width wrapping arithmetic.
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40, -(2 ** 40) - 3, 2 ** 64 - 1]
for a in vals[:6]:
    print(a, a & 0xFF, a | 0x100, a ^ -1, ~a, a >> 1, a << 3, -a & a)
print(-1 & 2 ** 70, -(2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 - 1), -(2 ** 65) >> 64, (2 ** 65) >> 64, 1 << 100 >> 99)
print(-7 >> 1, -7 // 2, -1 >> 1000, 1 >> 1000, 0 << 1000, -8 >> 2, (-8) & 7, -8 % 8)


def wrap32(x):
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x & 0x80000000 else x


def wrap8(x):
    return ((x + 128) & 0xFF) - 128


print(wrap32(2 ** 31), wrap32(-(2 ** 31) - 1), wrap32(0xDEADBEEF), wrap32(123), [wrap8(v) for v in (127, 128, 255, -129, 300)])
mask = (1 << 12) - 1
print(mask, bin(mask), -1 & mask, (-100) & mask, hex(-1 & 0xFFFFFFFFFFFFFFFF))
print(sum(1 for i in range(64) if (0xF0F0F0F0F0F0F0F0 >> i) & 1), bin(0b1011 ^ 0b0110), 6 & -6, 12 & -12)
for bad in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 & 1, lambda: 1 | 1.5, lambda: ~1.0):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Bitwise operators, shifts, masks and bit tricks.
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags, bin(flags))
flags ^= WRITE | EXEC
print(flags, bin(flags))
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~0b1010)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, 5 << 0)

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print([popcount(n) for n in (0, 1, 255, 256, 2 ** 40 - 1, 0xDEADBEEF)])
print([n & -n for n in (12, 40, 7, 1024)])
print(0xFF00 >> 8 & 0xF, (0x1234 & 0xFF00) >> 8, hex(0x12345678 & 0x00FF00FF))

def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r

print([reverse_bits(n) for n in (1, 2, 0b10110000, 255)])
print(hex(0xCAFEBABE ^ 0xFFFFFFFF), 0x7FFFFFFF + 1, -(2 ** 31) & 0xFFFFFFFF)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)

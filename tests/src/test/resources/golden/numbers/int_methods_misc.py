# Integer conversions and representations used in embedded code.
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in (0, 5, 255, -42, 2 ** 40, 123456789):
    print(n, [to_base(n, b) for b in (2, 3, 8, 16, 36)])
    assert all(int(to_base(n, b), b) == n for b in (2, 3, 8, 16, 36))

def sign_extend(value, bits):
    sign_bit = 1 << (bits - 1)
    return (value & (sign_bit - 1)) - (value & sign_bit)

print([sign_extend(v, 8) for v in (0x7F, 0x80, 0xFF, 0x00)])
print([sign_extend(v, 16) for v in (0x7FFF, 0x8000, 0xFFFE)])
print(int("1010", 2) + 0b1, "%08x" % 0xBEEF, "{:016b}".format(0x1234))

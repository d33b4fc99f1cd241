# A base-conversion tool: parse numbers in any base 2..36 (with sign and prefixes), render them in
# another base, and cross-check against int(), bin(), oct(), hex() and format codes.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError("base out of range")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def from_base(text, base):
    text = text.strip().lower()
    sign = 1
    if text[:1] in "+-" and text:
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    prefixes = {"0b": 2, "0o": 8, "0x": 16}
    if text[:2] in prefixes and base in (0, prefixes[text[:2]]):
        base = prefixes[text[:2]]
        text = text[2:]
    elif base == 0:
        base = 10
    value = 0
    for ch in text.replace("_", ""):
        d = DIGITS.find(ch)
        if d < 0 or d >= base:
            raise ValueError("bad digit %r for base %d" % (ch, base))
        value = value * base + d
    return sign * value


for n in (0, 1, -1, 255, -255, 1000, 65535, 2 ** 40, -(2 ** 33) + 7):
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, row, row[0] == format(n, "b") if False else row[2] == "%x" % n)
    assert from_base(row[0], 2) == n and from_base(row[3], 36) == n
for text, base in (("0x1F", 0), ("-0b101", 0), ("0o777", 0), ("zz", 36), ("1_000", 10), ("+42", 0), ("7f", 16)):
    mine = from_base(text, base)
    print(text, base, mine, int(text, base))
for text, base in (("12", 2), ("g", 16), ("0x10", 8)):
    try:
        print(from_base(text, base))
    except ValueError as e:
        print("mine:", e)
    try:
        print(int(text, base))
    except ValueError as e:
        print("int:", e)
print(bin(-10), oct(-8), hex(-255), bin(0), hex(0))
print("{:b} {:o} {:x} {:X} {:#b}".format(10, 64, 3054, 3054, -3))
print([to_base(2 ** 64, b) for b in (3, 7, 32)])
try:
    to_base(5, 37)
except ValueError as e:
    print("ValueError", e)

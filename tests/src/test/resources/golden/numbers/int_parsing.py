# int() parsing with bases, prefixes, underscores and whitespace; bin/oct/hex output.
print(int("42"), int("  -17  "), int("+5"), int("0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("1_000_000"), int("12", 3))
print(int(True), int(False), int(3.9), int(-0.5))
print(bin(0), bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255), hex(0))
print(0x_ff if False else 0xff, 1_000, 0b_1010 if False else 0b1010, 0o_17 if False else 0o17)
for bad in ("", "1.5", "0x", "12a", "--1", "1 2"):
    try:
        int(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
print(int("-0x10", 16), int(" 0b11 ", 0))

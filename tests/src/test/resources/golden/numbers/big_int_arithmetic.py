# Arbitrary-precision integers: growth past 64 bits, floor division and modulo with signs,
# shifts, bitwise operations on negative big values, conversions and comparisons with floats.
a = 2 ** 100 + 12345
b = -(3 ** 50)
print(a, b)
print(a + b, a - b, a * b)
print(a // 7, a % 7, b // 7, b % 7, a // -7, a % -7)
print(divmod(a, b), divmod(b, a), divmod(-a, -b))
print(a >> 50, a << 10, b >> 3, b << 3, -1 >> 100, 1 << 128)
print(a & 0xFFFF, a | 1, a ^ a, b & 0xFFFFFFFF, b | 0xFF, ~a, ~b)
print(hex(a), oct(b), bin(2 ** 65 - 1))
print(a == a + 0, a < a + 1, b < 0 < a, a > 1e30, a < 1e31, float(a), float(b))
print(int(1e20), int(-1.5e19), int("9" * 30) + 1, int("-" + "1" * 25, 2))
print(pow(a, 3) % 1000007, pow(2, 200, 10 ** 9 + 7), pow(b, 2, 97))
print(abs(b), -b, +b, bool(a), bool(a - a))
f = 1
for i in range(1, 31):
    f *= i
print("30!", f, len(str(f)), str(f).count("0"))
fib = [0, 1]
while len(str(fib[-1])) < 40:
    fib.append(fib[-1] + fib[-2])
print(len(fib), fib[-1], fib[-1] % 1000000)
print(10 ** 40 // 10 ** 20, 10 ** 40 // 3, (10 ** 40) % 17, -(10 ** 40) // 3)
print(max(a, b, 0), min(a, b, 0), sorted([a, b, 0, -1, 2 ** 64]))
print(hash(5) == hash(5), (2 ** 64) == (2 ** 64 + 0))
print(round(a, -20), round(b, -10), round(12345678901234567890123, -5))

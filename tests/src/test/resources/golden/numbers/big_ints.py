# Arbitrary-precision integers: factorials, powers, mixed small/big arithmetic.
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), f % 1000003, f // 10 ** 50)
big = 2 ** 200
print(big, big - 1, -big, big * big)
print(big // 3, big % 3, -big // 7, -big % 7, divmod(big, 12345))
print(2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, 10 ** 30 > 2 ** 99, 2 ** 100 == 4 ** 50)
x = 12345678901234567890123456789
print(x * x, x + 1 - x, abs(-x), x > 0, x % 97)
print(int("123456789" * 5), int("-" + "9" * 40) + 1)
print(str(3 ** 100)[:20], hex(2 ** 100), bin(2 ** 70), oct(8 ** 25))
print((2 ** 128) >> 100, 1 << 100, (1 << 100) | 1, ((1 << 100) - 1) & 0xFFFF, (1 << 70) ^ (1 << 69))
print(-(2 ** 65) >> 3, ~(2 ** 70))
n = 1
for _ in range(10):
    n = n * 1000003 % (2 ** 89 - 1)
print(n)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(pow(3, 200, 10 ** 9 + 7), pow(2, 10 ** 5, 97))

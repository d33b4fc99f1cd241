# Floor division and modulo for every sign combination with ints, floats and bools, including
# negative zero results, huge operands and math.fmod's C semantics for comparison.
import math

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, -3), (1, 7), (-1, 7)]
for a, b in pairs:
    q, r = a // b, a % b
    print("%3d %3d | %3d %3d | %s | %6.2f %6.2f" % (a, b, q, r, q * b + r == a, float(a) // b, float(a) % b))
for a, b in ((7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-0.0, 5.0), (0.0, -5.0), (1e-300, 1e300), (5.0, 0.1)):
    print(a, b, a // b, a % b, math.fmod(a, b))
print(True // 2, True % 2, -True // 2, 5 // True, 5 % True, 3.0 // True)
print(10 ** 30 // 7, -(10 ** 30) // 7, 10 ** 30 % -7, (-(10 ** 30)) % 7)
print(2 ** 64 // 2.0, 2 ** 64 % 3.0, 7 // 2.0, -7 // 2.0, 7 % -2.0)
print(-1 % 10 ** 20, 5 % -(10 ** 20), -(2 ** 70) // 2 ** 69)
for n in range(-5, 6):
    print(n, n // 2, n % 2, n >> 1, n & 1, -(-n // 2), end=" ; ")
print()
print(1 / 3, -1 / 3, 4 / 2, -4 / 2, 0 / 5, 0 / -5, 2 ** 63 / 2)

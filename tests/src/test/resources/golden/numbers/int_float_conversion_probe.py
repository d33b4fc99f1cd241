# int/float boundary conversions: large floats to int exactly, float() of huge ints, comparisons
# between big ints and floats, true division of big ints, and hash equality of equal numbers.
for f in (1e15, 1e16 + 1, 2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 63, 2.0 ** 64, 1e20, -1e22, 123456789.987654321):
    print(repr(f), int(f))
for n in (2 ** 53, 2 ** 53 + 1, 2 ** 63 - 1, 2 ** 64, 10 ** 22, -(10 ** 25)):
    print(n, float(n), float(n) == n, n < float(n) + 1)
print(2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 64 > 1.8e19, 10 ** 30 < 1e31, -(2 ** 70) < -1e21)
print(10 ** 20 / 10 ** 10, 2 ** 70 / 2 ** 69, 7 / 2, (10 ** 30 + 1) / 10 ** 30, 1 / 3 * 3 == 1)
print(hash(1) == hash(1.0), hash(2 ** 20) == hash(float(2 ** 20)), {1: "a", 1.0: "b"}, {2 ** 20: 1, float(2 ** 20): 2})
print(int(-0.0), int(0.9999999999999999), int(-1e-300), float(-0), 0.1 * 3, 3 * 0.1 == 0.3)
print(round(2 ** 0.5, 10), round(1e20), round(-1e15 + 0.5), int(1e300) % 1000)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) % 7, 10 ** 400 > 1e308)

# Float repr: shortest round-trip strings, special values and arithmetic results.
values = [0.1 + 0.2, 1.1 * 3, 1 / 7, 2 ** 0.5, 10 / 4, 1e-5, 1e-4, 123e18, 1.23e-300,
          0.1 * 3, 100 / 3, 7.0, -1.25, 3.0e10, 1e15 + 0.3, 9007199254740993.0]
for v in values:
    print(v, repr(v), str(v) == repr(v))
print(float(10 ** 20), float(2 ** 53 + 1), float("0.1"), float("1_000.5"))
print(int(3.99), int(-3.99), int(1e20), float(7))
print(1.0 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf > 1e308, nan == nan, nan != nan, inf - inf)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2)
print(3.5 // 1, -3.5 // 1, 7.5 % 2, -7.5 % 2, divmod(7.5, 2))

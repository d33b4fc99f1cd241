# Numeric builtins on ints and floats: round with ndigits, abs, divmod, pow.
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, -123.456):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
for v in (5, 15, 25, -25, 149, 150, 151, 1234567):
    print(v, round(v, -1), round(v, -2), round(v, 0), round(v))
print(abs(-7), abs(7.25), abs(-2 ** 80), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5))
print(pow(2, 8), pow(2, 0.5), pow(10, -3), pow(5, 3, 7))

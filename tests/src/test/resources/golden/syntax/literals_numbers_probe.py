# Numeric and container literals: underscores, bases, exponents, float forms, complex, nested displays,
# trailing commas, and string literal concatenation across lines.
print(1_000_000, 0x_ff, 0o_17, 0b_1010, 1_0.5_0, 1e1_0, 0xDEAD_BEEF)
print(0b0, 0o0, 0x0, 00, 0.0, .5, 5., 1e0, 1E-2, 2.5e+3, 1_2e-1)
print(3j, 1 + 2j, 1.5j * 2, (1j) ** 2, 0j == 0, complex(1, -1))
print(0xFFFFFFFFFFFFFFFFFFFF, -0o777, 0B11, 0O7, 0XaB)
print([1, 2,], (1,), (1, 2,), {1,}, {"a": 1,}, [], (), {}, [[]], [(), ()])
print(type(()).__name__, type((1)).__name__, type((1,)).__name__, type({}).__name__, type({1}).__name__)
s = ("one "
     "two "
     'three')
print(s, len(s))
print("tab\tnl", r"raw\t", b"by\x41", rb"raw\x41", br"x\n")
print(1 if 0x10 == 16 == 0o20 == 0b10000 else 0, 1e3 == 1000, 1e-3 == 0.001, 0.1 + 0.2 == 0.3)
print(10 ** 0, 0 ** 0, 1_0 * 1_0, int("1_0"), float("1_0.5"))
print(True + True, True * 10, -True, False - 1, True / 2, True // 2, True ** 2, True << 3)

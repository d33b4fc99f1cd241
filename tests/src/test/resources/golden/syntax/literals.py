# Numeric and string literal forms accepted by the compiler.
print(0b1010, 0o17, 0xff, 0XFF, 1_000_000, 0x_FF_FF, 1_0.5_0, 0B11, 0O7)
print(1e3, 1E-3, 3.14e+2, .5, 5., 0.0, 00, 0_0)
print("single", 'double', """triple
quoted""", '''also
triple''')
print("adj" "acent" 'strings', r"raw\d", b"bytes", rb"\x00", br"\n")
print("\x41\u0042\U00000043\103\t|\\|\'|\"|\a\b\f\v|".encode())
print(len("\u00e9"), len("\U0001F600"), len("\xe9"))
print(True, False, None, ..., Ellipsis is ...)
print([1, 2, 3,], (1,), {1: 2,}, {1, 2,})
print(123456789012345678901234567890, -0, +0, --1, -+-1)
x = 1 + \
    2
print(x, (1 +
          2), [
    1,
    2,
])

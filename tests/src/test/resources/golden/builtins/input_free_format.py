# Formatting without a format() builtin (MicroPython has none): str.format and f-strings instead.
try:
    format(3.14159, ".2f")
except NameError as e:
    print("NameError:", e)
print("{:.2f}".format(3.14159), "{:08b}".format(42), "{:x}".format(255), "{:>4}".format("s"), "{}".format(7))
print("{:.1e}".format(1234.5), "{:%}".format(0.5), "{:+}".format(-3), "{:+}".format(3), "{:^5}".format(3) + "|")
for v in (1, 1.0, "1", [1], (1,), {1: 1}, None, True, b"1"):
    print(repr(v), str(v), "{}".format(v), f"{v!r:>8}")
print(eval(repr([1, "a", (2.5, None)])) == [1, "a", (2.5, None)])
print(float(repr(0.1)) == 0.1, float(str(1 / 3)) == 1 / 3)

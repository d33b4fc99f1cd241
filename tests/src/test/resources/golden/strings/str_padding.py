# Padding for table layout: MicroPython's str has center() and zfill is absent, so format specs do the rest.
items = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.125)]
print("+" + "-" * 24 + "+")
for name, qty, price in items:
    print("|" + "{:<10}".format(name) + "{:>5}".format(qty) + ("%.2f" % price).center(9) + "|")
print("+" + "-" * 24 + "+")
print("title".center(20), "|" + "odd".center(8) + "|", "|" + "x".center(4) + "|", "|" + "toolong".center(3) + "|")
for method in ("ljust", "rjust", "zfill", "center"):
    print(method, hasattr("", method))
print("%-6s|%6s|%06d|%-+6d|" % ("ab", "cd", 42, 7))
print("{:0>5}".format("42"), "{:0=6d}".format(-42), "{:*<7}".format("ab"), "{:^7}".format("mid"))
print("=" * 0, "ab" * 3, 3 * "-", "x" * -1 == "")
try:
    "a".ljust(5)
except AttributeError as e:
    print("AttributeError:", e)

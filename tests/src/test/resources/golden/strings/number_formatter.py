# A small number formatter: thousands separators by hand, engineering units, fixed widths and
# human-readable byte sizes, compared with the built-in "{:,}" grouping.
def group(n, sep=","):
    sign = "-" if n < 0 else ""
    digits = str(abs(n))
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return sign + sep.join(reversed(parts))


def si(value, unit):
    prefixes = ((1e9, "G"), (1e6, "M"), (1e3, "k"), (1, ""), (1e-3, "m"), (1e-6, "u"), (1e-9, "n"))
    if value == 0:
        return "0 " + unit
    mag = abs(value)
    for scale, p in prefixes:
        if mag >= scale:
            return "%.3g %s%s" % (value / scale, p, unit)
    return "%.3g %s" % (value, unit)


def human_bytes(n):
    units = ["B", "KiB", "MiB", "GiB", "TiB"]
    i = 0
    x = n
    while x >= 1024 and i < len(units) - 1:
        x /= 1024
        i += 1
    return ("%d %s" if i == 0 else "%.1f %s") % (x, units[i])


for n in (0, 7, 999, 1000, -1234, 1234567, -98765432, 10 ** 12, 2 ** 70):
    mine = group(n)
    builtin = "{:,}".format(n)
    print("%30s %30s %s" % (mine, builtin, mine == builtin))
print(group(1234567, "_"), "{:_}".format(1234567))
for v, u in ((4700, "ohm"), (0.0033, "F"), (2.2e-9, "F"), (12, "V"), (0, "A"), (-15600000, "Hz"), (3.3e-12, "F")):
    print(si(v, u))
for n in (0, 1, 1023, 1024, 1536, 10 ** 6, 2 ** 30, 5 * 2 ** 40, 2 ** 50):
    print(n, human_bytes(n))
table = [("alpha", 3.14159, 42), ("beta", -0.5, 7), ("gamma", 1234.5, -3)]
for name, f, i in table:
    print("|%-8s|%10.3f|%+5d|%08.2f|%-6x|" % (name, f, i, f, i & 0xFF))

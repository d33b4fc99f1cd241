# printf-style % formatting corners: star widths, dict lookups, %r/%s/%a, %c, and the errors raised.
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%*d|%-*d|%.*f|" % (6, 42, 6, 42, 2, 3.14159))
print("%(a)s and %(b)03d %(a)r" % {"a": "x", "b": 7})
print("%c%c%c" % (72, "i", 33), "%%", "%d%%" % 50)
print("%d %i %u" % (-3, 4.9, 5), "%x %X %o" % (255, 255, 8), "%#x %#o" % (255, 8))
print("%e|%E|%g|%G|%.3e" % (1234.5, 0.00012, 1e-5, 1e16, 9.9999))
print("%5.1f|%-8.3f|%+.2f|% .2f|%08.3f" % (2.25, 3.14159, 1.0, 1.0, -2.5))
print("%s %s %s" % (None, [1, 2], (3,)), "%s" % ((1, 2),), "%r" % "q")
print("%d" % True, "%s" % False, "%.3s" % True, "%x" % 0, "%%|" % ())
print("no args" % (), "%s" % [()])
for fmt, val in (("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%c", 1.5), ("%(k)s", (1,)),
                 ("%(k)s", {}), ("%z", 1), ("%c", "ab"), ("%", 1), ("%x", 1.5)):
    try:
        print(repr(fmt % val))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

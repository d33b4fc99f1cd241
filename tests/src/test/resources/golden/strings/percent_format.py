# printf-style %-formatting with tuples, dicts, widths and flags.
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %e %.3E" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.00031))
print("%g %g %g %G" % (0.0001, 1234567.0, 100.0, 1e-10))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%c%c%c" % (72, "i", 33))
print("%s and %s" % ([1, 2], (3,)))
print("%(name)s has %(n)d items" % {"name": "box", "n": 3})
print("100%% done, %s" % "ok")
print("%*d|%-*d|" % (6, 1, 4, 2))
print("%.3s|%8.2s|" % ("abcdef", "xyz"))
print("%s" % None, "%s" % True, "%d" % True, "%.1f" % 2)
for fmt, args in (("%d", ()), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", (1,))):
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

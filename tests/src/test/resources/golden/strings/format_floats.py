# Float formatting in repr, str, format specs and % across magnitudes.
vals = [0.0, -0.0, 1.0, 0.1, 1.5, 2.675, 1e-7, 123456789.123, 1e16, 1.7976931348623157e308, 5e-324, 1 / 3, 2 / 3, 100.0, 1e22]
for v in vals:
    print(repr(v), str(v), "%.3f" % v, "{:g}".format(v), "{:.10g}".format(v), "%e" % v)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(123.456, -1))
print(float("1e3"), float("  -2.5  "), float("inf"), float("-inf"), float("nan"))
print(1e300 * 1e10, -1e300 * 1e10)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("{:.2f} {:.2f} {:.2f}".format(0.125, 0.375, 1.005))

# Float printing corners: repr/str switching to exponent form, %g/%e/%f with tiny and huge values,
# rounding of halves in formatting, negative zero, inf and nan in every form.
vals = [0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 2.5, 1e15, 1e16, 1e17, 123456789.0, 1234567890123.0,
        1e-4, 1e-5, 0.000123, 1.0 / 3, 2.0 / 3, 100.0, 1e22, 1.5e-7, 3.0e8]
for v in vals:
    print(repr(v), str(v), "%g" % v, "%e" % v, "%.3f" % v)
for v in (0.125, 0.375, 2.675, 1.45, -1.5, -2.5, 0.05):
    print(v, "%.2f" % v, "%.1f" % v, "%.0f" % v, "{:.2f}".format(v), round(v, 1), round(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-nan))
print("%f %e %g %5.1f|%-6f|" % (inf, -inf, nan, inf, nan))
print("{:f} {:e} {:g} {:>6} {:+}".format(inf, nan, -inf, inf, inf))
print("{:10.3e}|{:<12.2e}|{:^12.4g}|".format(123456.0, -0.000987, 1 / 7))
print("%.10g %.15g %.17g" % (0.1, 0.1, 0.1))
print("%.0e %.1e %#.0f %#g" % (5e10, 9.96, 3.0, 1.0))
print(float("1e400"), float("-1e400"), float("1e-400"), float("  2.5  "), float("+.5"), float("-5."))
print(float("Infinity"), float("-inf"), float("NaN"), float("nAn"))
print(1e308 * 10, -1e308 * 10, 5e-324 > 0)

# str.format corner cases: fill/align with unusual fill characters, sign options, alternate forms,
# positional/keyword/indexed fields, and the errors for malformed specs.
print("{:*^9}|{:-<7}|{:0>6}|{:_^5}".format("mid", "l", "r", "c"))
print("{:=+8d}|{:=8d}|{:08d}|{:+08d}|{: d}|{: d}".format(42, -42, -42, 42, 42, -42))
print("{:#x}|{:#X}|{:#o}|{:#b}|{:x}|{:#010x}".format(255, 255, 8, 5, -255, 255))
print("{:,}|{:,d}|{:_d}|{:,.2f}".format(1234567, -1000, 10 ** 9, 1234567.891))
print("{:e}|{:.0e}|{:E}|{:g}|{:G}|{:.3g}|{:%}|{:.1%}".format(12345.678, 0.5, 1e-10, 1e20, 1e-20, 1234.5, 0.25, 1 / 3))
print("{:f}|{:.0f}|{:.1f}|{:10.4f}|{:<10.2f}|".format(3, 0.5, -0.05, 2 ** 0.5, 1.005))
print("{0}{1}{0}|{1:>3}{0:<3}|".format("a", "b"))
print("{name}-{0}-{name!r}".format(1, name="n"))
for spec in ("{0[0]}", "{0.real}", "{1[k]}"):
    try:
        print(spec.format("xyz", {"k": "v"}))
    except NotImplementedError as e:
        print(spec, "NotImplementedError", e)
print("{}|{!s}|{!r}|{:>6}|{!r:>6}".format(None, "s", "r", True, "q"))
print("{:s}|{:5}|{:.2}|{:>5.1}|".format("text", "ab", "abcdef", "xyz"))
print("{:d}|{:5d}|{:<5d}|{:^7d}|".format(True, 3, -3, 10))
print("{{}}|{{{}}}|{{0}}".format(7))
for spec, args in (("{:d}", ("x",)), ("{:s}", (1,)), ("{", ()), ("}", ()), ("{0}{}", (1, 2)),
                   ("{}{0}", (1, 2)), ("{2}", (1,)), ("{x}", ()), ("{:x}", (1.5,)), ("{!z}", (1,))):
    try:
        print(repr(spec.format(*args)))
    except Exception as e:
        print(spec, type(e).__name__, e)

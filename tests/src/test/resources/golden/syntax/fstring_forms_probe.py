# f-string forms: conversions with specs, nested replacement fields in specs, expressions with dict and
# call syntax, self-documenting =, adjacent f-strings and plain strings, escaped braces and multi-line.
name = "Ada"
score = 93.456
items = {"k": [1, 2, 3]}
w = 8
print(f"{name!r:>8}|{name!s:<6}|{name:^9}|")
print(f"{score:{w}.{2}f}|{score:<{w}.1f}|{score:+.0f}|{score:e}")
print(f"{items['k'][1]}|{len(items['k'])}|{sum(items['k']) * 2}|{items}")
print(f"{name.lower()}{name.upper()}{name[::-1] if False else name[1:]}")
print(f"{score=}", f"{w=}", f"{w * 2=}", f"{name=!r}" if True else "")
print(f"{{}}|{{{w}}}|{{w}}")
print(f"a" "b" f"{w}" 'c' f"{name}")
print(f"""multi
{name}
line""")
print(f"{'nested ' + name}", f"{[x for x in range(3)]}")
print(f"{3 if w > 5 else 4}", f"{w:#x}", f"{w:08b}", f"{-w:x}", f"{1234567:,}")
print(f"{None}", f"{True:d}" if False else f"{True}", f"{1.0}", f"{1e-7}", f"{2 ** 64}")
x = 5
print(f"{x:>{x}}", f"{x!r:>{x}}", f"{'%d' % x}")

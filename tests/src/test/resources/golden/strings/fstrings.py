# f-strings: expressions, nested format specs, conversions and the = specifier.
name = "sensor"
value = 23.456789
count = 7
items = [1, 2, 3]
print(f"{name}: {value}")
print(f"{name!r} {name!s} {name.upper()}")
print(f"{value:.2f} {value:10.3f}| {value:<10.1f}| {value:^10.1f}| {value:e}")
print(f"{count:04d} {count:>5} {count:<5}| {count:x} {count:b} {count:o} {255:#x} {255:#o} {5:#b}")
width, prec = 12, 3
print(f"[{value:{width}.{prec}f}]")
print(f"{'left':<{width}}|{'right':>{width}}|")
print(f"{items} {items[1]} {len(items)} {sum(items) / len(items):.3f}")
print(f"{{literal braces}} {count * 2} {'yes' if count > 5 else 'no'}")
d = {"a": 1}
print(f"{d['a']} {d}")
print(f"{count=}" if True else "")
print(f"{value=:.1f}")
print(f"multi {name} "
      f"line {count}")
x = 3
print(f"{x}{x}{x:>3}{x!r:>4}")
print(f"{3.0} {1e100} {0.1 + 0.2} {-0.0}")

# Plotting data as ASCII charts: horizontal bars with scaling, a vertical column chart and a sparkline-like line
# using rows of characters, plus axis labels.
import math

data = [("mon", 12.5), ("tue", 18.0), ("wed", 7.25), ("thu", 22.75), ("fri", 15.0), ("sat", 3.5), ("sun", 9.0)]

def hbar(data, width=30):
    top = max(v for _, v in data)
    for label, v in data:
        n = int(v / top * width + 0.5)
        print("%-4s|%s%s %6.2f" % (label, "#" * n, " " * (width - n), v))

def columns(values, height=8):
    top = max(values)
    levels = [int(v / top * height + 0.5) for v in values]
    for row in range(height, 0, -1):
        line = ""
        for lv in levels:
            line += " ## " if lv >= row else "    "
        print("%5.1f|%s" % (top * row / height, line))
    print("     +" + "-" * (4 * len(values)))

def line_plot(fn, x0, x1, cols=48, rows=11):
    xs = [x0 + (x1 - x0) * i / (cols - 1) for i in range(cols)]
    ys = [fn(x) for x in xs]
    lo, hi = min(ys), max(ys)
    grid = [[" "] * cols for _ in range(rows)]
    for c, y in enumerate(ys):
        r = int((y - lo) / (hi - lo) * (rows - 1) + 0.5)
        grid[rows - 1 - r][c] = "*"
    zero = int((0 - lo) / (hi - lo) * (rows - 1) + 0.5) if lo < 0 < hi else None
    for i, row in enumerate(grid):
        label = hi - (hi - lo) * i / (rows - 1)
        axis = "-" if zero is not None and rows - 1 - i == zero else "|"
        print("%6.2f %s%s" % (label, axis, "".join(row).rstrip()))

hbar(data)
print()
columns([v for _, v in data])
print("      " + "".join("%-4s" % d for d, _ in data))
print()
line_plot(lambda x: math.sin(x) * math.exp(-x / 6), 0, 4 * math.pi)

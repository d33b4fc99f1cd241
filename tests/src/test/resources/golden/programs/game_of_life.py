# Conway's Game of Life on a small toroidal grid, with generation statistics and period detection.
def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}

def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {pos for pos, n in counts.items() if n == 3 or (n == 2 and pos in cells)}

def render(cells, h, w):
    return ["".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h)]

def freeze(cells):
    return tuple(sorted(cells))

H, W = 8, 10
start = parse([
    "..........",
    "..#.......",
    "...#......",
    ".###......",
    "..........",
    "......###.",
    "..........",
    "..........",
])
cells = start
seen = {freeze(cells): 0}
for gen in range(1, 41):
    cells = step(cells, H, W)
    key = freeze(cells)
    if gen in (1, 2, 4):
        print("generation", gen, "alive", len(cells))
        print("\n".join(render(cells, H, W)))
    if key in seen:
        print("state at generation %d repeats generation %d (period %d)" % (gen, seen[key], gen - seen[key]))
        break
    seen[key] = gen
else:
    print("no repeat within 40 generations; alive", len(cells))
blinker = parse(["...", "###", "..."])
b1 = step(blinker, 5, 5)
print(sorted(b1), step(b1, 5, 5) == blinker)

# Sudoku validator and a simple constraint-propagation solver for an easy puzzle.
PUZZLE = [
    "53..7....",
    "6..195...",
    ".98....6.",
    "8...6...3",
    "4..8.3..1",
    "7...2...6",
    ".6....28.",
    "...419..5",
    "....8..79",
]

def parse(rows):
    return [[int(c) if c != "." else 0 for c in row] for row in rows]

def units(r, c):
    row = [(r, j) for j in range(9)]
    col = [(i, c) for i in range(9)]
    br, bc = r // 3 * 3, c // 3 * 3
    box = [(br + i, bc + j) for i in range(3) for j in range(3)]
    return row, col, box

def candidates(grid, r, c):
    used = set()
    for unit in units(r, c):
        for i, j in unit:
            used.add(grid[i][j])
    return [d for d in range(1, 10) if d not in used]

def valid(grid):
    for k in range(9):
        groups = [[grid[k][j] for j in range(9)], [grid[i][k] for i in range(9)],
                  [grid[k // 3 * 3 + i][k % 3 * 3 + j] for i in range(3) for j in range(3)]]
        for g in groups:
            filled = [v for v in g if v]
            if len(filled) != len(set(filled)):
                return False
    return True

def solve(grid):
    rounds = 0
    while True:
        rounds += 1
        progress = False
        for r in range(9):
            for c in range(9):
                if grid[r][c] == 0:
                    cand = candidates(grid, r, c)
                    if not cand:
                        raise ValueError("contradiction at %d,%d" % (r, c))
                    if len(cand) == 1:
                        grid[r][c] = cand[0]
                        progress = True
        if not progress:
            return rounds

grid = parse(PUZZLE)
print("valid start:", valid(grid), "empty cells:", sum(row.count(0) for row in grid))
print("candidates at (0,2):", candidates(grid, 0, 2))
rounds = solve(grid)
print("rounds", rounds, "empty left", sum(row.count(0) for row in grid), "valid", valid(grid))
for row in grid:
    print(" ".join(str(v) if v else "." for v in row))
bad = parse(PUZZLE)
bad[0][2] = 5
print("valid with duplicate:", valid(bad))

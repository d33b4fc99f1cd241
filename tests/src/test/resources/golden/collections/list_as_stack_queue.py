# Lists used as stacks and queues: balanced brackets and BFS on a grid.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, c in enumerate(text):
        if c in "([{":
            stack.append((c, i))
        elif c in pairs:
            if not stack or stack[-1][0] != pairs[c]:
                return "mismatch at %d" % i
            stack.pop()
    return "ok" if not stack else "unclosed %r at %d" % stack[-1]

for t in ("(a[b]{c})", "((]", "{[()()]}", "(((", "", "x)"):
    print(repr(t), balanced(t))

GRID = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]

def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = end = None
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                end = (r, c)
    queue = [start]
    dist = {start: 0}
    while queue:
        r, c = queue.pop(0)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return dist.get(end), len(dist)

print(bfs(GRID))

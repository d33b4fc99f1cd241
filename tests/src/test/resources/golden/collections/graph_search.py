# Graph algorithms on adjacency dicts: BFS shortest paths, DFS with discovery order, cycle detection,
# topological sort of a build dependency graph, and connected components.
from collections import deque

edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("e", "f"), ("c", "f"), ("g", "h")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
for node in graph:
    graph[node].sort()


def bfs_path(start, goal):
    prev = {start: None}
    q = deque((), 32)
    q.append(start)
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in graph[node]:
            if nxt not in prev:
                prev[nxt] = node
                q.append(nxt)
    return None


def dfs(start):
    seen, order, stack = set(), [], [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(graph[node]))
    return order


print(bfs_path("a", "f"), bfs_path("b", "f"), bfs_path("a", "h"), bfs_path("h", "g"))
print(dfs("a"), dfs("g"))
components = []
seen = set()
for node in sorted(graph):
    if node not in seen:
        comp = dfs(node)
        seen.update(comp)
        components.append(sorted(comp))
print(components)
deps = {"app": ["lib", "ui"], "ui": ["lib", "gfx"], "lib": ["core"], "gfx": ["core"], "core": [], "tests": ["app"]}


def topo(deps):
    state = {}
    out = []

    def visit(n, trail):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + [n]))
        state[n] = "active"
        for d in sorted(deps[n]):
            visit(d, trail + [n])
        state[n] = "done"
        out.append(n)

    for n in sorted(deps):
        visit(n, [])
    return out


print(topo(deps))
deps["core"] = ["tests"]
try:
    topo(deps)
except ValueError as e:
    print("ValueError", e)

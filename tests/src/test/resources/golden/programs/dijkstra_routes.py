# Shortest routes in a sensor mesh network with Dijkstra (heapq), BFS hop counts and a link failure.
import heapq

LINKS = [
    ("gw", "a", 4), ("gw", "b", 1), ("b", "a", 2), ("a", "c", 5), ("b", "c", 8),
    ("b", "d", 7), ("c", "d", 1), ("c", "e", 3), ("d", "e", 6), ("e", "f", 2), ("d", "f", 9), ("g", "h", 1),
]

def build(links, skip=()):
    g = {}
    for u, v, w in links:
        if (u, v) in skip or (v, u) in skip:
            continue
        g.setdefault(u, []).append((v, w))
        g.setdefault(v, []).append((u, w))
    for u in g:
        g[u].sort()
    return g

def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    visited = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, w in g.get(u, ()):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev

def path(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    p = [dst]
    while p[-1] != src:
        p.append(prev[p[-1]])
    return p[::-1]

def hops(g, src):
    seen = {src: 0}
    frontier = [src]
    while frontier:
        nxt = []
        for u in frontier:
            for v, _ in g[u]:
                if v not in seen:
                    seen[v] = seen[u] + 1
                    nxt.append(v)
        frontier = nxt
    return seen

def report(title, g):
    print("==", title)
    dist, prev = dijkstra(g, "gw")
    h = hops(g, "gw")
    for node in sorted(g):
        p = path(prev, "gw", node)
        if p is None:
            print("  %-2s unreachable" % node)
        else:
            print("  %-2s cost %2d hops %d via %s" % (node, dist[node], h[node], "->".join(p)))
    return dist

before = report("full mesh", build(LINKS))
after = report("b-a link down", build(LINKS, skip={("b", "a")}))
worse = sorted(n for n in after if after[n] > before[n])
print("affected:", worse)
print("total cost before %d after %d" % (sum(before.values()), sum(after.values())))
h = [5, 1, 4, 1, 5, 9, 2, 6]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])

# Unpacking in every position: nested targets, starred targets at each position, for-loop targets,
# swaps, unpacking strings/dicts/generators, and the errors for wrong counts.
a, b = 1, 2
(c, d), e = (3, 4), 5
f, *g = [6, 7, 8]
*h, i = "xyz"
j, *k, l = range(5)
m, *n = (1,)
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n)
[p, q], [r, *s] = "pq", [1, 2, 3]
print(p, q, r, s)
for idx, (key, val) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(idx, key, val)
for x, *rest in [(1, 2, 3), (4,), "ab"]:
    print(x, rest)
a, b = b, a
print(a, b)
x = y = z = [0]
x.append(1)
print(y, z is x)
t = 1, 2, 3
u, v, w = t
print(u + v + w, type(t).__name__)
first, second = {"k1": 1, "k2": 2}
print(sorted([first, second]))
g1, g2, g3 = (n * n for n in range(3))
print(g1, g2, g3)
print(*[1, 2], *"ab", sep="|")
print(*range(3), **{"sep": "-"})
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
d = {}
d["a"], d["b"] = 1, 2
print(sorted(d.items()))
for bad in ("a, b = 1, 2, 3", "a, b, c = 1, 2", "a, = []", "a, *b, c = [1]", "a, b = 5"):
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)

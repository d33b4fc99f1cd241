# Generator expressions: laziness, scoping, consuming with builtins.
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sum(x for x in data if x > 3))
print(max(x * x for x in data), min(-x for x in data))
print(sorted(set(x % 4 for x in data)))
print(list(x + y for x in range(3) for y in range(3) if x != y))
print(tuple(c.upper() for c in "gen"))
print(dict((k, len(k)) for k in ("a", "bb", "ccc")))
print(any(x > 8 for x in data), all(x > 0 for x in data))
g = (print("evaluating", x) or x for x in range(3))
print("before consuming")
print(next(g))
print(list(g))
x = "outer"
print([x for x in range(2)], x)
n = 10
gen = (i * n for i in range(3))
n = 100
print(list(gen))
print("-".join(str(i) for i in range(5)))

# Tuples: immutability, count/index, comparison, hashing, nesting, unpacking.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, len(t), t[0], t[-1], t[2:5], t[::-1] if False else tuple(reversed(t)))
print(t.count(1), t.index(5), t.index(1, 2), 9 in t, t + (0,), (0,) * 3)
print(max(t), min(t), sum(t), sorted(t))
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(1, 2)], d[0, 0])
print((1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, "a") == (1, "a"))
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple(), tuple({"k": 1}))
x = 1,
y = (1)
print(type(x).__name__, type(y).__name__)
point = (3, 4)
px, py = point
print(px * py, hash((1, 2)) == hash((1, 2)))
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)

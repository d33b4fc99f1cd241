# Starred assignment targets, starred arguments and starred expressions in displays.
first, *middle, last = range(7)
print(first, middle, last)
*head, tail = [1]
print(head, tail)
a, *b = "xy"
print(a, b)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
for p, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(p, rest)
# MicroPython compiles no * inside list/tuple/set displays ("*x must be assignment target")
merged = list(range(3)) + list("ab") + [9]
print(merged)
t = tuple(merged[:2]) + (100,)
print(t)
s = set("hello") | set("world")
print(sorted(s))
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
merged_d = dict(d1)
merged_d.update(d2)
print(sorted(merged_d.items()), sorted(dict(d1, z=0).items()))

def f(a, b, c=0, *args, **kw):
    return a, b, c, args, sorted(kw.items())

print(f(*[1, 2]), f(*(1, 2, 3, 4, 5)), f(1, *[2], **{"c": 9, "k": 1}))
print(f(*"ab", *[1, 2], x=1, **{"y": 2}))
print(*[1, 2], *"ab", sep=",")

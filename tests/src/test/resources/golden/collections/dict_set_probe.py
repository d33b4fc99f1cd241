# Dict and set operations and their ordering: small-int keys, update forms, views with set operators,
# set comparisons, frozenset mixing and the errors for unhashable or missing keys.
d = {}
for k in (5, 3, 9, 1, 7, 2):
    d[k] = k * k
print(d, list(d), list(d.values()))
del d[3]
d[3] = "back"
print(d)
d.update([(10, 0)], extra=1)
d.update({1: "one"})
print(sorted(d.items(), key=lambda kv: str(kv[0])))
print(dict.fromkeys(range(4)), dict.fromkeys("ab", []), dict(zip("xyz", range(3))) == {"z": 2, "y": 1, "x": 0})
e = {1: "a", 2: "b"}
print(e == {2: "b", 1: "a"}, e != {1: "a"}, {} == dict(), {1: 1} == {1: 1.0}, {1: 1} == {True: 1})
for op in ("&", "|", "-", "^"):
    try:
        print(op, eval("e.keys() " + op + " {1, 5}"))
    except TypeError as err:
        print(op, "TypeError", err)
print(e.keys() == {1, 2}, 1 in e.keys(), "a" in e.values(), (1, "a") in e.items(), len(e.items()))
s = {4, 2, 8}
t = frozenset([2, 3])
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(t - s), sorted(s ^ t))
print(type(s | t).__name__, type(t | s).__name__, type(t & s).__name__)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} >= {2}, {1} == frozenset({1}))
print(s.isdisjoint(t), s.issubset(range(10)), s.issuperset([2]), t.union([7]) == {2, 3, 7})
u = set()
u.add(1)
u.add(1)
u.update("ab", [2])
u.discard("zz")
print(len(u), 1 in u, "a" in u)
u.remove(1)
try:
    u.remove(1)
except KeyError as e:
    print("KeyError", e)
print(sorted(u, key=str), u.pop() in ("a", "b", 2))
for bad in ([1], {1: 2}, {3}):
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError", e)
    try:
        set([bad])
    except TypeError as e:
        print("TypeError", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", repr(e), e.args)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print({(1, 2): "t", frozenset([1]): "f"}[(1, 2)], {frozenset([1]): "f"}[frozenset({1})])

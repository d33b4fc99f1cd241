# Every dict method; keys are inserted in sorted order so that output does not depend on hashing.
d = dict(a=1, b=2)
print(sorted(d.items()))
d["c"] = 3
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d, len(d))
print(d.setdefault("d", 4), d.setdefault("a", 100), sorted(d.items()))
print(d.pop("b"), d.pop("zz", "default"), sorted(d))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(sorted(d.items()))
print(sorted(d.keys()), sorted(d.values()), len(d.items()))
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
k, v = c.popitem()
print(k in d, k in c, len(c))
print(sorted(dict.fromkeys("xyz", 0).items()), sorted(dict.fromkeys([1, 2]).items()))
d.clear()
print(d, len(d), bool(d))
print(dict([(1, "one"), (2, "two")]) == {2: "two", 1: "one"})
keys = d.keys()
d["late"] = 1
print(list(keys), type(keys).__name__)

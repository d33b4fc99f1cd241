# Mutating containers while iterating: dict size changes raise, changing values is fine, list
# iteration sees appends, set changes raise, and safe patterns with list(d) snapshots.
d = {i: i * i for i in range(5)}
try:
    for k in d:
        if k == 2:
            del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(d))
d = {i: i for i in range(4)}
for k in d:
    d[k] = -d[k]
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
lst = [1, 2]
for x in lst:
    if len(lst) < 5:
        lst.append(x * 10)
print(lst)
d2 = {"a": 1}
it = iter(d2)
d2["b"] = 2
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError", e)
keys = d2.keys()
d2["c"] = 3
print(sorted(keys), len(keys))

# Dict iteration order in MicroPython follows its hash table, not insertion (unlike CPython 3.7+).
small = {}
for k in ["zeta", "alpha", "mike", "bravo", "yankee", "charlie"]:
    small[k] = len(k)
print(small)
print(list(small), list(small.values()))
big = {}
for i in range(40):
    big["key%02d" % i] = i
print(list(big)[:10])
print(sum(big.values()), len(big))
ints = {}
for n in [100, 3, 57, 21, 8, 64, 1, 999, 42, 17]:
    ints[n] = n * n
print(ints)
print(list(ints.keys()))
removed = dict(ints)
for n in [3, 8, 42]:
    del removed[n]
removed[5] = 25
print(removed)
mixed = {1: "a", "1": "b", (1,): "c", 1.5: "d", None: "e", True: "f"}
print(mixed)
s = set(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"])
print(s)
print({i * 7 % 11 for i in range(11)})

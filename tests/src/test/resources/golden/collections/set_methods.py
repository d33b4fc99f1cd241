# set and frozenset methods and operators; printed sorted where order is not the point.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.isdisjoint({7}), {1, 2}.issubset(a), a.issuperset({1, 2}), {1} < a, a <= a, a < a)
c = set(a)
c.add(10); c.discard(1); c.discard(99); c.remove(2)
print(sorted(c))
try:
    c.remove(99)
except KeyError as e:
    print("KeyError:", e)
c.update([20, 30])
c.update((40,))
print(sorted(c))
c.intersection_update({3, 20, 40, 50}); print(sorted(c))
c.difference_update({40}); print(sorted(c))
c.symmetric_difference_update({3, 7}); print(sorted(c))
p = c.pop()
print(p in c, len(c))
c.clear(); print(c, len(c))
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(sorted(f | {9}), type(f | {9}).__name__, sorted(f & {1, 5}))
print({f: "frozen key"}[frozenset([1, 2, 3])])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(set(), frozenset(), set("aab") == {"a", "b"}, len(set(range(100))))
print(sorted({x % 5 for x in range(50)}), {(1, 2), (1, 2)} == {(1, 2)})

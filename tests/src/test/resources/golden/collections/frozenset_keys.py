# frozensets as dict keys: grouping anagrams and graph edges.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w), []).append(w)
for g in sorted(groups.values()):
    print(len(g), sorted(g))
edges = [("a", "b"), ("b", "a"), ("b", "c"), ("c", "b"), ("a", "c"), ("d", "d")]
unique = set()
for u, v in edges:
    unique.add(frozenset((u, v)))
print(len(unique), sorted(sorted(e) for e in unique))
fs = frozenset([1, 2, 3])
print(hash(fs) == hash(frozenset([3, 2, 1])), fs == {1, 2, 3}, fs.union([4]) == {1, 2, 3, 4})
print(sorted(fs.difference({2})), fs.issubset(range(5)), fs.isdisjoint([9]))

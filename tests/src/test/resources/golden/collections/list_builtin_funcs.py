# enumerate/zip/reversed/map/filter over lists; list() of various iterables.
names = ["ann", "bob", "cy"]
scores = [88, 72, 95, 60]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
print(list(zip(names, scores, "xyz")), list(zip()), list(zip([1], [])))
print(list(reversed(names)), list(reversed(range(3))), list(reversed((1, 2))))
print(list(map(len, names)), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list("abc"), list(range(3)), list({"k": 1}), list((1, 2)), list())
e = enumerate("xy")
print(next(e), next(e), list(e))
print(sum(s for s in scores if s > 70), any(s > 90 for s in scores), all(scores))
print(sorted(zip(scores, names), reverse=True)[0])
pairs = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(pairs)

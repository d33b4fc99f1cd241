# min/max/sorted/sum with keys, defaults, ties and mixed numeric types; all/any with generators
# and short-circuiting; enumerate/zip with starts and unequal lengths.
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(max(words), min(words), max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(max(3, 1.5, True), min(-1, -1.0), max([2, 2.0]), min([2.0, 2]), max("b", "a", "c"), max([[1], [0, 9]]))
print(max([], default=None), min((), default="empty"), max([5], default=0), max(range(4), key=lambda x: -x))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sum([]), sum([1.5, 2]), sum(range(101)), sum([[1], [2]], []), sum([0.1] * 10), sum((1, 2), 10))
print(sum([True, True, False]), sum([2 ** 64, 1]), sum(x * x for x in range(5)))
seen = []


def mark(v):
    seen.append(v)
    return v


print(any(mark(x) for x in [0, 0, 3, 4]), seen)
seen.clear()
print(all(mark(x) for x in [1, 2, 0, 5]), seen)
print(all([]), any([]), all([[]]), any([[], 0, ""]), any(iter([None, 1])))
print(list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
print(list(zip("abc", [1, 2])), list(zip()), list(zip("a")), list(zip(range(3), "xyz", (True, False, None))))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), min(pairs), max(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1,))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "x", None, [0]])))
print(list(map(str.upper, ["a", "b"])), list(filter(lambda c: c.isdigit(), "a1b22")))

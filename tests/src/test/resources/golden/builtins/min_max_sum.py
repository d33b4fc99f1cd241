# min/max with key and default, sum with start, all/any edge cases.
data = [("pear", 3), ("apple", 7), ("fig", 7), ("kiwi", 1)]
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]), max(data), min(data))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max(3, 9, 2), min("hello"), max("a", "B", "c"), max([1, 2], [1, 3]), min((2, "b"), (2, "a")))
print(max(range(10), key=lambda n: (n % 4, n)), min([-1, 1], key=abs))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum((0.5, 0.25)), sum(range(101)))
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), any(x > 2 for x in [1, 3]))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)

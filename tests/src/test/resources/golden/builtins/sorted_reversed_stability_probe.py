# sorted() stability with keys and reverse, sorting records by several keys in passes, reversed()
# of various sequences, and sorting errors for incomparable items.
recs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(sorted(recs, key=lambda r: r[0]), key=lambda r: r[1]))
print(sorted(recs, key=lambda r: (r[1], r[0])), sorted(recs, reverse=True))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted([3, 1.5, True, -2]), sorted("hello"), sorted((3, 2, 1)), sorted({3: 0, 1: 0}), sorted([]))
print(list(reversed(range(0, 10, 3))), list(reversed([])), "".join(reversed("stressed")), list(reversed((1, 2))))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
try:
    reversed({1: 2})
except TypeError as e:
    print("TypeError", e)
lst = [5, 3, 9]
r = sorted(lst)
print(r is lst, lst, r, sorted(lst, key=lambda v: -v) == sorted(lst, reverse=True))

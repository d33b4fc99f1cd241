# Tuple packing/unpacking, swapping, nested targets.
a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z), w = 1, (2, 3), 4
print(x, y, z, w)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
(p, q), r = "ab", "c"
print(p, q, r)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1, "c": 3}.items())):
    print(i, k, v)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
t = 5,
print(t, len(t))

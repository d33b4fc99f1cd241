# Tuple operations and immutability: concatenation, repetition, count/index, hashing of nested tuples,
# tuples containing mutable lists, comparison, and the errors for item assignment.
t = (1, [2, 3], "x")
t[1].append(4)
print(t, len(t), t.count(1), t.index("x"), (1, 2) + (3,), (0,) * 3, () * 5)
for bad in (lambda: hash(t), lambda: t.index(99)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
print(hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): "a"}[(1, 2)], (1, 2) in {(1, 2), (3, 4)})
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 5, 6), () < (0,), (1, "a") == (1, "a"))
print(tuple(), tuple([1]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x * 2 for x in (1, 2)))
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(max((1, 5), (1, 3)), sorted([(2, "b"), (1, "z"), (2, "a")]), sum((1, 2, 3)), (1,) * 0)

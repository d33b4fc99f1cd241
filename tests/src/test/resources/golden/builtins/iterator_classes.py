# enumerate, zip, map, filter and reversed are classes: their reprs, isinstance, keyword arguments of enumerate,
# and the objects still iterate as before.
print(enumerate, zip, map, filter, reversed)
print(repr(enumerate([])), repr(zip()), repr(map(abs, [])))
e = enumerate([5, 6], 1)
print(next(e), list(e))
print(isinstance(e, enumerate), isinstance(e, object), isinstance(e, zip))
print(issubclass(zip, object), issubclass(map, filter))
print(list(enumerate(iterable="ab", start=3)))
try:
    enumerate()
except TypeError as ex:
    print("TypeError", ex)
print(type(reversed(range(3))).__name__, type(reversed("ab")).__name__, list(reversed((1, 2, 3))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "x"])))
print(list(zip("abc", range(10))))
total = 0
for i, (a, b) in enumerate(zip(range(1000), map(abs, range(-1000, 0)))):
    total += i + a + b
print(total)
for it in (iter([1]), enumerate([1]), zip([1]), map(abs, [-1]), filter(None, [1]), reversed([1]), iter(range(2))):
    print(type(it).__name__, it.__next__(), hasattr(it, "__iter__"))
z = zip([1])
z.__next__()
try:
    z.__next__()
except StopIteration:
    print("StopIteration")

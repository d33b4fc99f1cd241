def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
print(next(squares), next(squares), next(squares))
ge = (x for x in [1, 2, 3])
print(list(zip(ge, ge)))
print(sum(x for x in range(5) if x % 2), type(ge).__name__)
g = (1 // x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('raised lazily', e)

def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        yield 'i2'
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'after'
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield from [10, 20]
    yield from range(2)
g = outer()
print(next(g), g.send('s1'), g.throw(KeyError('k')), next(g), next(g), next(g), next(g))
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(list(deep(4)))

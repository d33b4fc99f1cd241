# yield from: delegation, return values of sub-generators, flattening.
def inner(tag, n):
    for i in range(n):
        yield "%s%d" % (tag, i)
    return tag * n

def outer():
    r1 = yield from inner("a", 2)
    print("inner a returned", r1)
    r2 = yield from inner("b", 3)
    print("inner b returned", r2)
    yield from [100, 200]
    yield from range(2)
    return "outer done"

g = outer()
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as s:
        print("final", s.value)
        break
print(items)

def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

print(list(flatten([1, [2, [3, [4, (5, 6)]]], [], [[7]], 8])))

def relay():
    while True:
        got = yield
        print("relay got", got)

def wrapper():
    yield from relay()

w = wrapper()
next(w)
w.send("x")
w.send(42)
w.close()
print("closed")

# yield from: delegating send/throw/close to a subgenerator, return values, delegation to iterables
# and nested delegation depth.
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def outer():
    result = yield from inner()
    print("inner returned", result)
    r2 = yield from [10, 20]
    print("list gives", r2)
    yield from "ab"
    return "outer done"


g = outer()
print(next(g), g.send(5), g.send(7))
print(g.send(None), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)


def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")


def wrapper():
    yield from guarded()
    yield "after"


w = wrapper()
print(next(w), w.throw(KeyError("k")), next(w))
w.close()
w2 = wrapper()
next(w2)
w2.close()
print("closed")


def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    yield "level %d" % n
    return r + 1


d = depth(4)
print(list(d))


def count_return():
    n = yield from depth(3)
    yield n


print(list(count_return()))
print(list(x for x in range(3)), [v for v in (yield_val for yield_val in "xy")])

# StopIteration escaping a generator body becomes RuntimeError; throw() into finished or fresh generators.
def plain():
    yield 1
    yield 2

def leaky(it):
    # next() on an exhausted iterator inside a generator: StopIteration would end the caller's loop silently
    while True:
        yield next(it) * 10

try:
    for v in leaky(iter([1, 2])):
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)

def safe(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "exhausted"
        yield v * 10

g = safe(iter([3]))
print(list(g))

g = plain()
next(g)
try:
    g.throw(StopIteration("injected"))
except RuntimeError as e:
    print("throw StopIteration into running:", e)

fresh = plain()
try:
    fresh.throw(StopIteration(1))
except RuntimeError as e:
    print("throw StopIteration into fresh:", e)
print("fresh after throw:", list(fresh))

done = plain()
print(list(done))
for exc in (ValueError("late"), StopIteration(9), KeyError("k")):
    try:
        done.throw(exc)
        print("no exception")
    except StopIteration as e:
        print("finished generator ignores", type(exc).__name__, "->", repr(e))
    except Exception as e:
        print("raised", repr(e))

def closer():
    try:
        yield 1
    finally:
        raise StopIteration("from finally")

c = closer()
next(c)
try:
    c.close()
    print("closed quietly")
except RuntimeError as e:
    print("close:", e)

class MyStop(StopIteration):
    pass

def custom():
    yield "a"
    raise MyStop("custom")

try:
    print(list(custom()))
except RuntimeError as e:
    print("subclass too:", e)
print(list(x for x in plain()), [y for y in plain() if y > 1])

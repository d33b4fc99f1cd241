# Exceptions and generators: throw() into a generator, close() and GeneratorExit, StopIteration values, yield from.
def worker():
    total = 0
    while True:
        try:
            x = yield total
            total += x
        except ValueError as e:
            print("  worker recovered from", e)
            total = 0
        except GeneratorExit:
            print("  worker closing with total", total)
            raise

w = worker()
print(next(w))
print(w.send(5), w.send(7))
print(w.throw(ValueError("reset")))
print(w.send(3))
w.close()
try:
    w.send(1)
except StopIteration:
    print("send after close: StopIteration")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def unhandled():
    yield 1
    yield 2

u = unhandled()
next(u)
try:
    u.throw(KeyError("kk"))
except KeyError as e:
    print("propagated", repr(e))
print("after throw:", list(u))

def returns_value():
    yield "a"
    return "result"

def delegate():
    r = yield from returns_value()
    print("  delegate got", r)
    try:
        yield from worker()
    except GeneratorExit:
        print("  delegate saw GeneratorExit")
        raise

d = delegate()
print(next(d), next(d))
print(d.send(10), d.send(20))
print(d.throw(ValueError("via delegate")))
d.close()

def raise_stop():
    yield 1
    raise StopIteration("bad")

try:
    print(list(raise_stop()))
except RuntimeError as e:
    print("RuntimeError", e)

g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

def fresh():
    yield 1
f = fresh()
try:
    f.throw(TypeError("before start"))
except TypeError as e:
    print("thrown before start:", e)
print(list(f))

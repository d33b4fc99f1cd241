# Generator send(), throw() and close() with try/finally inside the generator.
def averager():
    total = 0.0
    count = 0
    avg = None
    try:
        while True:
            try:
                value = yield avg
            except ValueError as e:
                print("  generator got ValueError:", e)
                continue
            total += value
            count += 1
            avg = total / count
    finally:
        print("  averager closing after", count, "values")

a = averager()
print(next(a))
print(a.send(10))
print(a.send(20))
print(a.send(60))
print(a.throw(ValueError("bad sample")))
print(a.send(10))
a.close()
try:
    a.send(1)
except StopIteration:
    print("send after close -> StopIteration")

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)

e = echo()
next(e)
e.send("a")
e.send("b")
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.args[0] if stop.args else None, stop.value)

def guarded():
    yield 1
    yield 2

g = guarded()
next(g)
try:
    g.throw(KeyError("injected"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(g, "finished"))

# Generator protocol corners: send before start, send values, throw into a generator with and without
# handlers, close() running finally, GeneratorExit ignored, StopIteration values and reuse after exhaustion.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("echo finally", received)


g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
print(next(g), g.send("a"), g.send("b"), g.send(None))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)


def returns():
    yield 1
    return "done"


r = returns()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("value", e.value if hasattr(e, "value") else e.args[0])
try:
    next(r)
except StopIteration as e:
    print("again", e.args)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
c = echo()
c.close()
print("closed before start")
c2 = echo()
next(c2)
c2.close()
c2.close()
try:
    next(c2)
except StopIteration:
    print("exhausted after close")
t = returns()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError before start", e)
u = returns()
next(u)
try:
    u.throw(TypeError)
except TypeError as e:
    print("TypeError class thrown", repr(e))

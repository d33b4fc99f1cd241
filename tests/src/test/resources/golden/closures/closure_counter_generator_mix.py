# Closures interacting with generators: a generator capturing a nonlocal it updates, a closure that
# drives a generator, and generator factories with per-instance state.
def make_stream(start):
    state = {"emitted": 0}

    def gen():
        n = start
        while True:
            state["emitted"] += 1
            yield n
            n += 1

    def emitted():
        return state["emitted"]

    return gen(), emitted


s, emitted = make_stream(10)
print(next(s), next(s), emitted())
print([next(s) for _ in range(3)], emitted())


def driver(gen_fn):
    g = gen_fn()
    next(g)

    def send(v):
        return g.send(v)
    return send


def running_total():
    total = 0
    while True:
        v = yield total
        total += v


send = driver(running_total)
print(send(5), send(10), send(-3))


def counter_gen():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    while True:
        cmd = yield inc
        if cmd == "stop":
            return count


cg = counter_gen()
inc = next(cg)
inc()
inc()
print(inc(), cg.send(None) is inc)
try:
    cg.send("stop")
except StopIteration as e:
    print("final count", e.args[0] if e.args else None)

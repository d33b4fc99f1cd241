# Cooperative multitasking with generators: a round-robin scheduler with sleeping tasks measured in
# ticks, task results via StopIteration values, and a task that fails without stopping the others.
def worker(name, steps, sleep):
    done = 0
    for i in range(steps):
        done += i
        yield sleep
    return "%s sum=%d" % (name, done)


def failing(name):
    yield 1
    raise ValueError(name + " broke")


def run(tasks):
    tick = 0
    ready = [(0, name, gen) for name, gen in tasks]
    results = {}
    trace = []
    while ready:
        ready.sort(key=lambda t: (t[0], t[1]))
        wake, name, gen = ready.pop(0)
        tick = max(tick, wake)
        try:
            delay = next(gen)
            trace.append("%d:%s" % (tick, name))
            ready.append((tick + delay, name, gen))
        except StopIteration as e:
            results[name] = e.args[0] if e.args else None
        except ValueError as e:
            results[name] = "error: " + str(e)
    return tick, results, trace


tick, results, trace = run([("a", worker("a", 3, 2)), ("b", worker("b", 2, 3)), ("c", failing("c")),
                            ("d", worker("d", 4, 1))])
print(tick)
print(" ".join(trace))
for name in sorted(results):
    print(name, results[name])

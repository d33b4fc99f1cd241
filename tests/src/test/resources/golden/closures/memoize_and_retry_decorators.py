# Decorators built from closures: memoisation with hit counters, a retry decorator with a fake clock,
# call tracing with indentation depth, and decorator stacking order.
def memoize(fn):
    cache = {}
    stats = [0, 0]

    def wrapper(*args):
        if args in cache:
            stats[0] += 1
        else:
            stats[1] += 1
            cache[args] = fn(*args)
        return cache[args]

    def info():
        return "hits=%d misses=%d size=%d" % (stats[0], stats[1], len(cache))

    return wrapper, info


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib, fib_info = memoize(fib)
print(fib(30), fib_info())
print(fib(31), fib_info())


def retry(times, log):
    def deco(fn):
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a)
                except OSError as e:
                    log.append("attempt %d failed: %s" % (attempt, e))
            raise RuntimeError("all %d attempts failed" % times)
        return wrapper
    return deco


log = []
state = {"n": 0}


@retry(3, log)
def flaky(x):
    state["n"] += 1
    if state["n"] < 3:
        raise OSError("flake %d" % state["n"])
    return x * 2


print(flaky(21), log)
state["n"] = -10
try:
    flaky(1)
except RuntimeError as e:
    print(e, len(log))
depth = [0]


def trace(fn):
    def wrapper(*a):
        print("  " * depth[0] + "-> %s%r" % (fn.__name__, a))
        depth[0] += 1
        r = fn(*a)
        depth[0] -= 1
        print("  " * depth[0] + "<- %r" % (r,))
        return r
    return wrapper


@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


gcd(48, 18)
order = []


def tag(name):
    def deco(fn):
        order.append("decorate " + name)

        def w():
            order.append("call " + name)
            return fn()
        return w
    return deco


@tag("outer")
@tag("inner")
def target():
    order.append("body")


target()
print(order)

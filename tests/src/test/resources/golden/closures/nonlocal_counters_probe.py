# nonlocal and closures: independent cells per call, shared cells between sibling closures, nonlocal
# through several levels, closures over loop variables and default-argument capture.
def make():
    count = 0
    log = []

    def inc(n=1):
        nonlocal count
        count += n
        log.append(count)
        return count

    def reset():
        nonlocal count
        old = count
        count = 0
        return old

    def peek():
        return count, list(log)

    return inc, reset, peek


inc, reset, peek = make()
inc2, _, peek2 = make()
print(inc(), inc(5), inc2(), reset(), inc(), peek(), peek2())


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner
    f = middle()
    f()
    f()
    return x


print(outer())
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])


def counter_pair():
    n = [0]

    def up():
        n[0] += 1
        return n[0]
    return up


a, b = counter_pair(), counter_pair()
print(a(), a(), b(), a())


def shadow():
    v = 1

    def get():
        return v
    v = 2
    r1 = get()
    v = 3
    return r1, get()


print(shadow())


def acc(start):
    def add(x):
        nonlocal start
        start += x
        return start
    return add


s = acc(10)
t = acc("ab")
print(s(1), s(2.5), t("c"), t("d"))

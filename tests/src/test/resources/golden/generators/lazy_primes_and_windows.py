# Lazy sequences with generators: an incremental prime sieve, take/drop/chunk helpers, sliding
# windows and interleaving, all consumed partially.
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def drop(n, it):
    it = iter(it)
    for _ in range(n):
        next(it, None)
    yield from it


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


def windows(it, size):
    win = []
    for x in it:
        win.append(x)
        if len(win) > size:
            win.pop(0)
        if len(win) == size:
            yield tuple(win)


def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)


print(list(take(15, primes())))
print(list(take(5, drop(100, primes()))))
print(list(chunks(take(10, primes()), 4)))
print(list(windows(range(6), 3)), list(windows([1], 2)))
print(list(interleave("abc", [1, 2], range(10, 14))))
gaps = [b - a for a, b in windows(take(30, primes()), 2)]
print(gaps, max(gaps))
p = primes()
print(next(p), next(p), next(p), sum(take(10, p)))
print(list(take(3, [])), list(take(0, primes())), list(chunks([], 3)))

# Infinite generators combined with islice-like helpers and zip.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def take(n, it):
    return [v for _, v in zip(range(n), it)]

def cycle(seq):
    while True:
        for x in seq:
            yield x

def windows(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)

print(take(15, primes()))
print(take(7, cycle("abc")))
print(take(4, windows(naturals(), 3)))
print(list(zip("wxyz", naturals(10))))
p = primes()
for _ in range(99):
    next(p)
print("100th prime", next(p))
pairs = zip(primes(), cycle([1, -1]))
print(sum(a * b for a, b in take(20, pairs)))

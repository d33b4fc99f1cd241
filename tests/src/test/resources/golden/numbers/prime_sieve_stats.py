# Number theory toolkit: a bytearray sieve, prime factorisation, divisor sums, perfect and amicable
# numbers, twin primes and Goldbach decompositions.
LIMIT = 3000
sieve = bytearray(b"\x01" * (LIMIT + 1))
sieve[0] = sieve[1] = 0
for i in range(2, int(LIMIT ** 0.5) + 1):
    if sieve[i]:
        for j in range(i * i, LIMIT + 1, i):
            sieve[j] = 0
primes = [i for i in range(LIMIT + 1) if sieve[i]]
print(len(primes), primes[:12], primes[-3:])


def factor(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out


def fmt(factors):
    parts = []
    for p in sorted(set(factors)):
        k = factors.count(p)
        parts.append(str(p) if k == 1 else "%d^%d" % (p, k))
    return " * ".join(parts)


for n in (2, 12, 360, 997, 1001, 2 ** 10, 65535, 999999, 600851475143):
    print(n, "=", fmt(factor(n)))


def sigma(n):
    total = 1
    for p in set(factor(n)):
        k = factor(n).count(p)
        total *= (p ** (k + 1) - 1) // (p - 1)
    return total


perfect = [n for n in range(2, LIMIT) if sigma(n) - n == n]
print("perfect", perfect)
amicable = []
for a in range(2, LIMIT):
    b = sigma(a) - a
    if a < b < LIMIT and sigma(b) - b == a:
        amicable.append((a, b))
print("amicable", amicable)
twins = [(p, p + 2) for p in primes if p + 2 <= LIMIT and sieve[p + 2]]
print("twins", len(twins), twins[:5], twins[-1])
for even in (4, 28, 100, 2024):
    for p in primes:
        if sieve[even - p]:
            print(even, "=", p, "+", even - p)
            break
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))

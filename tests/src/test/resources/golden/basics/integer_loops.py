# Classic integer loops: primes, gcd, collatz, digit sums.
def primes_below(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

ps = primes_below(100)
print(len(ps), ps)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
best = max(range(1, 1000), key=collatz_len)
print("longest collatz below 1000:", best, collatz_len(best))
print([sum(int(c) for c in str(n)) for n in (0, 9, 12345, 99999, 2 ** 64)])
lcm = 1
for k in range(1, 21):
    lcm = lcm * k // gcd(lcm, k)
print("lcm 1..20 =", lcm)

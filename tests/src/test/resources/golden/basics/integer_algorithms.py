# Classic integer algorithms: integer square root by Newton, gcd/lcm chains, modular inverse with the
# extended Euclid algorithm, Collatz lengths, digit sums and palindromic numbers.
def isqrt(n):
    if n < 0:
        raise ValueError("negative")
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("%d has no inverse mod %d" % (a, m))
    return x % m


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 2 ** 100 + 1)])
lcm = 1
for k in range(1, 21):
    lcm = lcm * k // gcd(lcm, k)
print(lcm, gcd(2 ** 40, 6 ** 20), egcd(240, 46))
print([modinv(a, 97) for a in (1, 2, 3, 50, 96)], modinv(3, 11) * 3 % 11)
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError", e)
best = max(range(1, 1000), key=collatz_len)
print(best, collatz_len(best), [collatz_len(n) for n in range(1, 11)])
print(sum(int(d) for d in str(2 ** 100)), [n for n in range(100, 200) if str(n) == "".join(reversed(str(n)))][:5])
try:
    isqrt(-4)
except ValueError as e:
    print("ValueError", e)

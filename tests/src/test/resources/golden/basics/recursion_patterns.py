# Recursive algorithms at small depth: permutations, power set, flattening nested lists, Ackermann
# for tiny arguments, Tower of Hanoi moves, mutual recursion and memoised partition counts.
def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out


def powerset(items):
    if not items:
        return [[]]
    rest = powerset(items[1:])
    return rest + [[items[0]] + r for r in rest]


def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for y in x:
        out.extend(flatten(y))
    return out


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


memo = {}


def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]


print(perms("abc"), len(perms("abcde")))
print(powerset([1, 2, 3]))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print([ack(m, n) for m in range(3) for n in range(3)], ack(2, 3))
print(hanoi(3, "A", "B", "C", []), len(hanoi(6, "A", "B", "C", [])))
print(is_even(10), is_odd(7), is_even(7))
print([partitions(n, n) for n in range(1, 16)])

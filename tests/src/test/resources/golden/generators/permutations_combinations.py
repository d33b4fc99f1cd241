# Recursive generators for permutations, combinations and the power set.
def permutations(items, r=None):
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (items[i],) + rest

def combinations(items, r):
    if r == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest

def powerset(items):
    for r in range(len(items) + 1):
        yield from combinations(items, r)

print(list(permutations("abc")))
print(list(permutations([1, 2, 3, 4], 2))[:6], sum(1 for _ in permutations(list(range(5)))))
print(list(combinations("abcd", 2)))
print(list(powerset([1, 2, 3])))
coins = [1, 2, 5, 10, 20]
ways = [c for r in range(1, 4) for c in combinations(coins, r) if sum(c) == 22]
print(ways)

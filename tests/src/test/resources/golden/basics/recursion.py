# Recursive algorithms of modest depth.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([items[i]] + rest)
    return out

print([fact(i) for i in range(10)])
print(fact(25))
print([fib(i) for i in range(20)])
print(fib(90))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
perms = permutations([1, 2, 3])
print(len(perms), perms)
print(["".join(p) for p in permutations(list("abc"))])

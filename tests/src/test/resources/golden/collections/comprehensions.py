# List, dict and set comprehensions with multiple for/if clauses and nesting.
print([x * x for x in range(10) if x % 2])
print([(x, y) for x in range(4) for y in range(x) if (x + y) % 2])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print(sorted({w: len(w) for w in "the quick brown fox".split()}.items()))
print(sorted({c for c in "mississippi"}))
print([v for row in matrix for v in row if v % 2 == 0 if v > 2])
words = ["apple", "bob", "civic", "deed", "eagle"]
print([w for w in words if w == w[::-1]] if False else [w for w in words if list(w) == list(reversed(w))])
print({k: v for k, v in zip("abc", range(3)) if v})
print([i if i % 3 else "fizz" for i in range(1, 10)])
print([(lambda n: n * 10)(i) for i in range(3)])
nested = [[1, [2, 3]], [4], [[5]]]
print([type(x).__name__ for sub in nested for x in sub])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, n))]
print(primes)

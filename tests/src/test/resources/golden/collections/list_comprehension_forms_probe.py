# Comprehension forms: nested loops with conditions, conditional expressions, set/dict/generator
# comprehensions, comprehension variables not leaking, and comprehensions over zip/enumerate.
print([x * y for x in range(1, 4) for y in range(x, 4) if (x + y) % 2 == 0])
print([x if x % 2 else -x for x in range(6)], [c for c in "hello" if c not in "aeiou"])
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3)) if v != 1})
print(sorted({w[0]: w for w in ["apple", "avocado", "banana", "blueberry"]}.items()))
print([[r * 3 + c for c in range(3)] for r in range(3)], [row[1] for row in [[1, 2], [3, 4]]])
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in ["a", "bbb", "cc"]))
x = "outer"
_ = [x for x in range(3)]
print(x)
print([(i, c) for i, c in enumerate("ab")], [a + b for a, b in zip([1, 2], [10, 20])])
print([y for x in [[1, 2], [3]] for y in x], [[y for y in range(x)] for x in range(4)])
print(list(filter(None, [i % 3 for i in range(7)])), [i for i in range(20) if i % 2 if i % 3])
gen = (n * n for n in range(4))
print(next(gen), list(gen), [n for n in ()])

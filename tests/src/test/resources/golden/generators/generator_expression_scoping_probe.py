# Generator expression evaluation rules: the first iterable is evaluated immediately, later ones
# lazily; generator objects are single-use; nested generators and closures over loop variables.
log = []


def src(name, n):
    log.append("make " + name)
    return range(n)


g = (a * b for a in src("outer", 2) for b in src("inner", 2))
print(log)
print(list(g), log)
g2 = (x for x in [1, 2, 3])
print(sum(g2), sum(g2))
gens = [(i * k for k in range(2)) for i in range(3)]
print([list(gg) for gg in gens])
funcs = [(lambda: i) for i in range(3)]
print([f() for f in funcs])
data = [3, 1, 2]
g3 = (d for d in data)
data = [9, 9]
print(list(g3))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(any(x > 2 for x in [1, 2, 3, 4]), list(x for x in "ab" if x != "a"), tuple(x for x in range(3)))

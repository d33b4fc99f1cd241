# Late binding of loop variables in closures and the default-argument fix.
funcs = []
for i in range(4):
    funcs.append(lambda: i * 10)
print([f() for f in funcs])

fixed = []
for i in range(4):
    fixed.append(lambda i=i: i * 10)
print([f() for f in fixed])

def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 5)]
print([m(3) for m in make_multipliers()])

def make_all_same():
    return [lambda x: x * n for n in range(1, 5)]
print([m(3) for m in make_all_same()])

def outer():
    x = "first"
    def show():
        return x
    x = "second"
    return show
print(outer()())

adders = {}
for name, k in (("one", 1), ("ten", 10), ("hundred", 100)):
    def adder(v, k=k):
        return v + k
    adders[name] = adder
print(sorted((n, f(5)) for n, f in adders.items()))

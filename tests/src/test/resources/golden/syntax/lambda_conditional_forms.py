# Lambdas in unusual places: defaults, immediately called, returning lambdas, in dict dispatch tables,
# with conditional expressions, keyword-only arguments and *args.
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "max": lambda *xs: max(xs) if xs else None,
    "clip": lambda x, *, lo=0, hi=10: lo if x < lo else hi if x > hi else x,
}
print(ops["+"](2, 3), ops["-"](2, 3), ops["max"](4, 9, 2), ops["max"](), ops["clip"](15), ops["clip"](-3, lo=-1))
print((lambda: "called")(), (lambda x=5: x * 2)(), (lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
adder = lambda n: lambda x: x + n
print(adder(10)(5), [adder(i)(0) for i in range(3)])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(3), compose(str, abs)(-7) + "!")
sign = lambda x: (x > 0) - (x < 0)
print([sign(v) for v in (-5, 0, 5, -0.0, 2.5)])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
print(type(lambda: 0).__name__, (lambda: None)() is None)

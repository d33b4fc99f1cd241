# Lambdas: defaults, closures, immediately invoked, in data structures and sort keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "now")())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in "+-*/":
    print(6, sym, 3, "=", ops[sym](6, 3))
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(0))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
print((lambda *args, **kw: (args, sorted(kw)))(1, 2, z=3, y=4))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add5)(1), compose(add5, square)(1))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(12))
print((lambda x, y=2, *r: (x, y, r))(1), (lambda: None)() is None)

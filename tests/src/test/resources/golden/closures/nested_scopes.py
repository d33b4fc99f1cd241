# Three levels of nested functions, nonlocal at each level, closures outliving frames.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = level3()
        return r, a, b
    res = level2()
    return res, a

print(level1())

def make_ops():
    total = 0
    def add(n):
        nonlocal total
        total += n
        def undo():
            nonlocal total
            total -= n
            return total
        return undo
    def get():
        return total
    return add, get

add, get = make_ops()
undo5 = add(5)
undo7 = add(7)
print(get())
print(undo5(), get())
print(undo7(), get())

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))

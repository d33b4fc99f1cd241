# Closure cell behaviour: variables assigned after the closure is created, deleted cell variables,
# closures in comprehensions and class bodies, global vs nonlocal, and lambda default evaluation time.
def late():
    def f():
        return value
    try:
        f()
    except NameError as e:
        print("NameError", e)
    value = "set later"
    return f()


print(late())
g = "global"


def uses_global():
    def inner():
        global g
        g = "changed"
        return g
    return inner


print(uses_global()(), g)


def comp_closure():
    k = 10
    return [(lambda x: x + k)(i) for i in range(3)], {i: (lambda: i * k)() for i in range(2)}


print(comp_closure())


def class_body():
    secret = 42

    class C:
        attr = secret
        doubled = [secret * 2 for _ in range(1)]

        def get(self):
            return secret
    return C


C = class_body()
print(C.attr, C.doubled, C().get())
x = 5
f = lambda y=x * 2: y
x = 100
print(f(), f(1))


def make_adders():
    adders = []
    for n in range(3):
        def add(v, n=n):
            return v + n
        adders.append(add)
    return adders


print([a(10) for a in make_adders()])


def nested_sum():
    total = 0

    def level1():
        def level2():
            nonlocal total
            total += 1
            return total
        return level2() + level2()
    return level1(), total


print(nested_sum())

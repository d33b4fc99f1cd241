# Generators keep local state; finally blocks run on exhaustion, close and garbage.
def tracked(name, n):
    print(name, "start")
    try:
        for i in range(n):
            yield i
    finally:
        print(name, "finally")

for v in tracked("full", 2):
    print("got", v)

g = tracked("partial", 5)
print(next(g), next(g))
g.close()
print("after close")

def gen_with_return():
    yield 1
    return 99

g2 = gen_with_return()
print(list(g2))
g3 = gen_with_return()
next(g3)
try:
    next(g3)
except StopIteration as e:
    print("StopIteration value", e.value)

def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        yield best

print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
gen = running_max([])
print(list(gen), list(gen))

def fib_pairs():
    a, b = 0, 1
    while True:
        yield a, b
        a, b = b, a + b

fp = fib_pairs()
for _ in range(10):
    pair = next(fp)
print(pair)

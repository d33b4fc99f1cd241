# Generator functions: lazy evaluation, state between yields, StopIteration.
def countdown(n):
    print("starting countdown from", n)
    while n > 0:
        yield n
        n -= 1
    print("countdown done")

g = countdown(3)
print("created generator")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(countdown(4)))

def squares():
    n = 0
    while True:
        yield n * n
        n += 1

sq = squares()
print([next(sq) for _ in range(8)])

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

print(list(take(5, squares())), list(take(0, squares())))
gen = (x * 3 for x in range(5))
print(type(gen).__name__, sum(gen), sum(gen))

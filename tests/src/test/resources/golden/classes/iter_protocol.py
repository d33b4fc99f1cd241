# Classes implementing the iterator protocol (__iter__/__next__), reusable iterables.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

cd = Countdown(5)
print(list(cd), list(cd))
print(sum(cd), max(cd), sorted(cd))
it = iter(cd)
print(next(it), next(it), list(it))
print(next(it, "exhausted"))

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

print(list(Fib(100)))
print([x for x in Fib(50) if x % 2 == 0])
print(dict(enumerate(Fib(10))))
for a, b in zip(Countdown(3), Fib(1000)):
    print(a, b)
print(3 in Countdown(5), 9 in Countdown(5))

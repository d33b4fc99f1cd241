# Errors around generators: re-entrant next() on a running generator, exceptions escaping a generator,
# generator expressions evaluated lazily, StopIteration inside generators and generators as iterators.
def selfcall():
    yield next(gen)


gen = selfcall()
try:
    next(gen)
except ValueError as e:
    print("ValueError", e)


def failing():
    yield 1
    raise KeyError("bad")
    yield 2


f = failing()
print(next(f))
try:
    next(f)
except KeyError as e:
    print("KeyError", e)
try:
    next(f)
except StopIteration:
    print("finished after error")
calls = []


def source():
    for i in range(3):
        calls.append(i)
        yield i


ge = (x * 10 for x in source())
print(calls, next(ge), calls, list(ge), calls)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
g2 = (i for i in range(2))
print(iter(g2) is g2, type(g2).__name__, list(g2), list(g2))
try:
    next(5)
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)


def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        print("cleanup")


for v in gen_with_return_in_finally():
    print("got", v)
    break
print("after break")

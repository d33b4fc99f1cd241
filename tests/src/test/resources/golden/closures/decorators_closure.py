# Decorators built from closures: memoize, call counting, argument checking.
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapper

calls = {}

def counted(fn):
    key = fn.__name__ if hasattr(fn, "__name__") else "?"
    calls[key] = 0
    def wrapper(*args, **kwargs):
        calls[key] += 1
        return fn(*args, **kwargs)
    return wrapper

def check_positive(fn):
    def wrapper(n):
        if n < 0:
            raise ValueError("negative input: %d" % n)
        return fn(n)
    return wrapper

@counted
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(40), calls)
print(fib(41), calls)

@check_positive
@memoize
def triangle(n):
    return n * (n + 1) // 2

print([triangle(i) for i in range(8)])
try:
    triangle(-2)
except ValueError as e:
    print("ValueError:", e)

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def greet(name):
    return "hi " + name
print(greet("mpy"))

def copies(objs):
    return [o.copy() for o in objs]
print(copies([[1], {2: 3}, {4}, [5, 6]]))
def appender(target, n):
    for i in range(n):
        target.append(i)
    return target
print(len(appender([], 3000)), appender(bytearray(), 3))
fib = None
def use_global():
    return fib(10)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(use_global())
def fib(n):
    return -n
print(use_global())

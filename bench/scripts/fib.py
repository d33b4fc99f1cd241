# fib(30) repeatedly; prints one line per iteration: "iter N ms" (steady state = the later iterations).
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for i in range(12):
    t0 = time.time_ns()
    r = fib(30)
    t1 = time.time_ns()
    print("iter", i, (t1 - t0) // 1000000, "ms", r)

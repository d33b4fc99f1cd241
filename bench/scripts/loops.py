# Integer loops, list and dict work; prints one line per iteration: "iter N ms".
import time


def work(n):
    total = 0
    items = []
    counts = {}
    for i in range(n):
        total += i * i % 7
        if i % 3 == 0:
            items.append(i)
        k = i % 100
        counts[k] = counts.get(k, 0) + 1
    j = 0
    while j < n:
        total ^= j
        j += 1
    return total + len(items) + len(counts)


for i in range(12):
    t0 = time.time_ns()
    r = work(1000000)
    t1 = time.time_ns()
    print("iter", i, (t1 - t0) // 1000000, "ms", r)

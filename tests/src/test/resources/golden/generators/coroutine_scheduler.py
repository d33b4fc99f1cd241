# Round-robin scheduling of generator-based tasks.
def task(name, steps):
    for i in range(steps):
        print("%s step %d/%d" % (name, i + 1, steps))
        yield
    return name + " finished"

def run(tasks):
    queue = list(tasks)
    results = []
    ticks = 0
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
        ticks += 1
    return ticks, results

ticks, results = run([task("A", 3), task("B", 1), task("C", 2)])
print("ticks", ticks)
print(results)

def producer(n):
    for i in range(n):
        yield ("item", i)

def consumer():
    total = 0
    while True:
        kind, value = yield total
        total += value

c = consumer()
next(c)
for msg in producer(5):
    print("total now", c.send(msg))

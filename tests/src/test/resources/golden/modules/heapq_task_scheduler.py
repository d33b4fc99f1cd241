# A priority task queue with heapq: tasks ordered by (priority, sequence) so equal priorities stay FIFO,
# cancellation by marking entries, rescheduling, and a simulated run loop over ticks.
import heapq

queue = []
entries = {}
seq = [0]
REMOVED = "<removed>"


def add(name, priority):
    if name in entries:
        cancel(name)
    seq[0] += 1
    entry = [priority, seq[0], name]
    entries[name] = entry
    heapq.heappush(queue, entry)


def cancel(name):
    entry = entries.pop(name)
    entry[2] = REMOVED


def pop():
    while queue:
        priority, _, name = heapq.heappop(queue)
        if name is not REMOVED:
            del entries[name]
            return priority, name
    raise KeyError("pop from an empty priority queue")


for name, prio in (("write log", 5), ("read sensor", 1), ("blink", 3), ("send report", 5), ("gc", 9), ("poll", 1)):
    add(name, prio)
cancel("blink")
add("gc", 0)
order = []
while entries:
    order.append(pop())
print(order)
try:
    pop()
except KeyError as e:
    print("KeyError", e)
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], sorted(h))
print(heapq.heappushpop([1, 4], 0) if hasattr(heapq, "heappushpop") else "no pushpop")
clock = 0
timers = []
for delay, label in ((30, "c"), (10, "a"), (20, "b"), (10, "a2")):
    heapq.heappush(timers, (clock + delay, label))
fired = []
while timers:
    when, label = heapq.heappop(timers)
    clock = when
    fired.append((clock, label))
    if label == "a":
        heapq.heappush(timers, (clock + 15, "a-repeat"))
print(fired)

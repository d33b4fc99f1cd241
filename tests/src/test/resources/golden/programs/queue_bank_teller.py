# A discrete-event simulation of a bank with tellers and a single queue, seeded arrivals and service times,
# reporting waits and utilisation.
import heapq
import random

random.seed(2718)

class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None

def simulate(n_tellers, customers):
    events = []
    for c in customers:
        heapq.heappush(events, (c.arrival, 0, c.cid, "arrive"))
    by_id = {c.cid: c for c in customers}
    free = list(range(n_tellers))
    busy_time = [0] * n_tellers
    queue = []
    max_queue = 0
    finish = 0
    while events:
        t, prio, cid, kind = heapq.heappop(events)
        c = by_id[cid]
        if kind == "arrive":
            queue.append(c)
        else:
            free.append(c.teller)
            free.sort()
            finish = t
        while queue and free:
            nxt = queue.pop(0)
            nxt.teller = free.pop(0)
            nxt.start = t
            busy_time[nxt.teller] += nxt.service
            heapq.heappush(events, (t + nxt.service, -1, nxt.cid, "leave"))
        max_queue = max(max_queue, len(queue))
    waits = [c.start - c.arrival for c in customers]
    return waits, busy_time, max_queue, finish

customers = []
t = 0
for i in range(40):
    t += random.randint(1, 6)
    customers.append(Customer(i, t, random.randint(3, 14)))
print("last arrival", customers[-1].arrival, "total service", sum(c.service for c in customers))
print("%7s %8s %8s %9s %6s %s" % ("tellers", "avg wait", "max wait", "max queue", "end", "utilisation"))
for n in (1, 2, 3, 4):
    for c in customers:
        c.start = None
    waits, busy, mq, end = simulate(n, customers)
    util = " ".join("%3d%%" % (100 * b // end) for b in busy)
    print("%7d %8.2f %8d %9d %6d %s" % (n, sum(waits) / len(waits), max(waits), mq, end, util))

# A bank-queue simulation driven by a seeded random generator: arrivals, tellers and waiting times.
import random
random.seed(7)

class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None

tellers = [None, None]
queue = []
served = []
next_id = 1
for minute in range(30):
    if random.randint(0, 9) < 6:
        c = Customer(next_id, minute, random.randint(1, 5))
        next_id += 1
        queue.append(c)
    for i in range(len(tellers)):
        busy = tellers[i]
        if busy is not None and busy.start + busy.service <= minute:
            served.append(busy)
            tellers[i] = None
        if tellers[i] is None and queue:
            c = queue.pop(0)
            c.start = minute
            tellers[i] = c
    if minute % 5 == 4:
        status = ["#%d" % t.cid if t else "--" for t in tellers]
        print("minute %2d tellers %s queue %s" % (minute, status, [c.cid for c in queue]))
waits = [c.start - c.arrival for c in served]
print("served", len(served), "still queued", len(queue), "arrived", next_id - 1)
print("waits", waits)
print("mean wait %.2f max wait %d" % (sum(waits) / len(waits), max(waits)))
longest = max(served, key=lambda c: (c.start - c.arrival, -c.cid))
print("longest wait: customer", longest.cid, "arrived", longest.arrival, "started", longest.start)

# collections.deque as a bounded FIFO for a moving average.
from collections import deque
window = deque((), 4)
averages = []
for reading in [10, 12, 11, 50, 13, 12, 11, 10]:
    window.append(reading)
    vals = []
    while window:
        vals.append(window.popleft())
    for v in vals:
        window.append(v)
    averages.append(sum(vals) / len(vals))
print(["%.2f" % a for a in averages])
q = deque((), 10)
for i in range(5):
    q.append(i)
q.appendleft(-1) if hasattr(q, "appendleft") else None
out = []
while q:
    out.append(q.popleft())
print(out, len(q), bool(q))
try:
    q.popleft()
except IndexError as e:
    print("IndexError:", e)

# heapq: heappush/heappop/heapify and a k-smallest selection.
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5]
heapq.heapify(data)
print(data[0], sorted(data))
tasks = []
for prio, name in [(3, "write"), (1, "boot"), (2, "read"), (1, "init"), (5, "sleep")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))

def k_smallest(items, k):
    heap = []
    for x in items:
        heapq.heappush(heap, -x)
        if len(heap) > k:
            heapq.heappop(heap)
    return sorted(-x for x in heap)

print(k_smallest([15, 3, 99, 42, 8, 16, 4, 23], 3))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

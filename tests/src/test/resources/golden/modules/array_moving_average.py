# An array-based moving average over a fixed-size window of int16 samples, with min/max tracking,
# an exponential filter on a float array, and decimation into a smaller array.
from array import array

SIZE = 8
window = array("h", [0] * SIZE)
count = 0
head = 0
total = 0


def push(sample):
    global count, head, total
    if count == SIZE:
        total -= window[head]
    else:
        count += 1
    window[head] = sample
    total += sample
    head = (head + 1) % SIZE
    return total / count


readings = [100, 102, 98, 500, 101, 99, -20, 103, 104, 97, 100, 102]
for r in readings:
    avg = push(r)
    print("%5d avg=%8.3f min=%5d max=%5d" % (r, avg, min(window[:count]), max(window[:count])))
ema = array("f")
alpha = 0.25
for r in readings:
    ema.append(r if not ema else alpha * r + (1 - alpha) * ema[-1])
print(["%.2f" % v for v in ema[-4:]], len(ema), ema.typecode if hasattr(ema, "typecode") else "f")
dec = array("h", readings[::1])
small = array("h", [sum(dec[i:i + 3]) // 3 for i in range(0, len(dec), 3)])
print(small, len(small), small[1], list(small[-2:]))
a = array("B", [1, 2, 3])
a.extend([250])
a.append(5)
print(a, sum(a), bytes(a), array("i", [-1, 2 ** 31 - 1]))
try:
    a.append(256)
except OverflowError as e:
    print("OverflowError", e)

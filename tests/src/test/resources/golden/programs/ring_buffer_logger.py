# A fixed-size ring buffer data logger holding struct-packed samples, with running statistics and a report.
import struct

FMT = "<HhB"
SIZE = struct.calcsize(FMT)

class RingLog:
    def __init__(self, capacity):
        self.buf = bytearray(capacity * SIZE)
        self.capacity = capacity
        self.head = 0
        self.count = 0
        self.dropped = 0

    def append(self, seq, value, flags):
        struct.pack_into(FMT, self.buf, self.head * SIZE, seq, value, flags)
        self.head = (self.head + 1) % self.capacity
        if self.count < self.capacity:
            self.count += 1
        else:
            self.dropped += 1

    def __len__(self):
        return self.count

    def records(self):
        start = (self.head - self.count) % self.capacity
        for i in range(self.count):
            yield struct.unpack_from(FMT, self.buf, ((start + i) % self.capacity) * SIZE)

class Running:
    def __init__(self):
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0
        self.lo = None
        self.hi = None

    def add(self, x):
        self.n += 1
        d = x - self.mean
        self.mean += d / self.n
        self.m2 += d * (x - self.mean)
        self.lo = x if self.lo is None or x < self.lo else self.lo
        self.hi = x if self.hi is None or x > self.hi else self.hi

    def variance(self):
        return self.m2 / (self.n - 1) if self.n > 1 else 0.0

log = RingLog(8)
stats = Running()
value = 200
for seq in range(1, 21):
    value += ((seq * 37) % 23) - 11
    flags = 1 if value > 210 else 0
    if seq % 7 == 0:
        flags |= 2
    log.append(seq, value, flags)
    stats.add(value)

print("record size", SIZE, "buffer bytes", len(log.buf))
print("kept", len(log), "dropped", log.dropped)
print(" seq  value  flags")
for seq, v, f in log.records():
    marks = ("H" if f & 1 else "-") + ("M" if f & 2 else "-")
    print("%4d %6d  %s" % (seq, v, marks))
print("all-time n=%d min=%d max=%d mean=%.3f var=%.3f" % (stats.n, stats.lo, stats.hi, stats.mean, stats.variance()))
window = [v for _, v, _ in log.records()]
print("window min/max/avg: %d/%d/%.2f" % (min(window), max(window), sum(window) / len(window)))
print("high samples in window:", sum(1 for _, _, f in log.records() if f & 1))
raw = bytes(log.buf[:SIZE * 2])
print("first two slots raw:", " ".join("%02x" % b for b in raw))

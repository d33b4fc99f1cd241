# Smoothing a noisy sensor signal: simple moving average, exponential moving average, median filter, and spike
# rejection, with a comparison table of the error against the true signal.
import math
import random

random.seed(5)
N = 48
true = [20 + 5 * math.sin(i / 6) for i in range(N)]
noisy = []
for i, t in enumerate(true):
    v = t + random.uniform(-0.8, 0.8)
    if i in (10, 27, 28):
        v += 12  # spikes from a loose connector
    noisy.append(v)

class SMA:
    def __init__(self, n):
        self.n = n
        self.window = []
        self.total = 0.0

    def __call__(self, x):
        self.window.append(x)
        self.total += x
        if len(self.window) > self.n:
            self.total -= self.window.pop(0)
        return self.total / len(self.window)

class EMA:
    def __init__(self, alpha):
        self.alpha = alpha
        self.value = None

    def __call__(self, x):
        self.value = x if self.value is None else self.alpha * x + (1 - self.alpha) * self.value
        return self.value

class Median:
    def __init__(self, n):
        self.n = n
        self.window = []

    def __call__(self, x):
        self.window.append(x)
        if len(self.window) > self.n:
            self.window.pop(0)
        s = sorted(self.window)
        m = len(s) // 2
        return s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2

class SpikeReject:
    def __init__(self, limit, inner):
        self.limit = limit
        self.inner = inner
        self.last = None
        self.rejected = 0

    def __call__(self, x):
        if self.last is not None and abs(x - self.last) > self.limit:
            self.rejected += 1
            x = self.last
        self.last = x
        return self.inner(x)

filters = {"sma5": SMA(5), "ema0.3": EMA(0.3), "med5": Median(5), "spike+ema": SpikeReject(4.0, EMA(0.3))}
names = sorted(filters)
outputs = {n: [filters[n](x) for x in noisy] for n in names}

def rms(a, b):
    return math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b)) / len(a))

print("%-10s %8s %8s" % ("filter", "rms", "maxerr"))
print("%-10s %8.3f %8.3f" % ("raw", rms(noisy, true), max(abs(x - y) for x, y in zip(noisy, true))))
for n in names:
    out = outputs[n]
    print("%-10s %8.3f %8.3f" % (n, rms(out, true), max(abs(x - y) for x, y in zip(out, true))))
print("spikes rejected:", filters["spike+ema"].rejected)
print(" i   true    raw " + " ".join("%9s" % n for n in names))
for i in range(0, N, 6):
    print("%2d %6.2f %6.2f " % (i, true[i], noisy[i]) + " ".join("%9.2f" % outputs[n][i] for n in names))
for i in (10, 27, 28):
    print("spike @%d raw %.2f median %.2f" % (i, noisy[i], outputs["med5"][i]))

# Debouncing noisy button samples with an integrator and a state machine; detects clicks, long presses, doubles.
import random

random.seed(7)

def noisy_signal(pattern, bounce=3):
    out = []
    prev = 0
    for level, ms in pattern:
        for t in range(ms):
            if t < bounce and level != prev and random.getrandbits(2):
                out.append(random.getrandbits(1))
            else:
                out.append(level)
        prev = level
    return out

class Debouncer:
    def __init__(self, threshold=4):
        self.threshold = threshold
        self.integrator = 0
        self.state = 0

    def update(self, sample):
        if sample:
            if self.integrator < self.threshold:
                self.integrator += 1
        elif self.integrator > 0:
            self.integrator -= 1
        if self.integrator == 0 and self.state:
            self.state = 0
            return "release"
        if self.integrator == self.threshold and not self.state:
            self.state = 1
            return "press"
        return None

class Gestures:
    LONG = 60
    DOUBLE_GAP = 40

    def __init__(self):
        self.pressed_at = None
        self.last_click = None
        self.events = []

    def feed(self, t, edge):
        if edge == "press":
            self.pressed_at = t
        elif edge == "release":
            held = t - self.pressed_at
            if held >= self.LONG:
                self.events.append((t, "long", held))
                self.last_click = None
            elif self.last_click is not None and self.pressed_at - self.last_click < self.DOUBLE_GAP:
                self.events.append((t, "double", held))
                self.last_click = None
            else:
                self.events.append((t, "click", held))
                self.last_click = t

pattern = [(0, 20), (1, 25), (0, 60), (1, 90), (0, 30), (1, 15), (0, 20), (1, 18), (0, 80), (1, 3), (0, 30)]
signal = noisy_signal(pattern)
raw_edges = sum(1 for a, b in zip(signal, signal[1:]) if a != b)
print("samples", len(signal), "raw edges", raw_edges)
d = Debouncer()
g = Gestures()
edges = []
for t, s in enumerate(signal):
    e = d.update(s)
    if e:
        edges.append((t, e))
        g.feed(t, e)
print("clean edges", len(edges))
for t, e in edges:
    print("  %4d %s" % (t, e))
for t, kind, held in g.events:
    print("gesture %-6s at %3d held %d ms" % (kind, t, held))

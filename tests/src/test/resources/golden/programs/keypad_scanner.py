# Scanning a simulated 4x4 matrix keypad: row drive/column read with bit masks, debouncing by consecutive scans,
# ghost-key detection, and a PIN-entry state machine on top.
KEYS = ["123A", "456B", "789C", "*0#D"]

class Matrix:
    def __init__(self):
        self.pressed = set()

    def read_columns(self, row):
        mask = 0
        for (r, c) in self.pressed:
            if r == row:
                mask |= 1 << c
        # a third key forming a rectangle with two others makes ghost readings on real hardware
        for (r1, c1) in self.pressed:
            for (r2, c2) in self.pressed:
                if r1 == row and r2 != r1 and c2 != c1 and (r2, c1) in self.pressed:
                    mask |= 1 << c2
        return mask

def scan(matrix):
    keys = []
    for row in range(4):
        cols = matrix.read_columns(row)
        for c in range(4):
            if cols >> c & 1:
                keys.append(KEYS[row][c])
    return keys

class Debounced:
    def __init__(self, needed=3):
        self.needed = needed
        self.last = None
        self.count = 0
        self.stable = ()

    def feed(self, keys):
        k = tuple(keys)
        if k == self.last:
            self.count += 1
        else:
            self.last = k
            self.count = 1
        if self.count == self.needed and k != self.stable:
            newly = [x for x in k if x not in self.stable]
            self.stable = k
            return newly
        return []

class PinPad:
    def __init__(self, pin):
        self.pin = pin
        self.buf = ""
        self.state = "locked"
        self.fails = 0

    def key(self, k):
        if self.state == "blocked":
            return "blocked"
        if k == "*":
            self.buf = ""
            return "cleared"
        if k == "#":
            if self.buf == self.pin:
                self.state, self.fails = "open", 0
                res = "OPEN"
            else:
                self.fails += 1
                res = "wrong (%d)" % self.fails
                if self.fails >= 3:
                    self.state = "blocked"
                    res += " -> blocked"
            self.buf = ""
            return res
        if k.isdigit():
            self.buf += k
            return "*" * len(self.buf)
        return "ignored " + k

def pos(k):
    for r, row in enumerate(KEYS):
        if k in row:
            return (r, row.index(k))

m = Matrix()
deb = Debounced()
pad = PinPad("2580")
# each key is held for four scan cycles and released for four; a bounce makes the first scan of some presses empty
TYPED = ["2", "5", "8", "1", "#", "A", "2", "5", "8", "0", "#", "*", "9", "#", "9", "#", "0", "#", "1"]
presses = []
for n, key in enumerate(TYPED):
    for phase in ("press", "release"):
        m.pressed = {pos(key)} if phase == "press" else set()
        for cycle in range(4):
            if phase == "press" and cycle == 0 and n % 4 == 0:
                m.pressed = set()  # contact bounce: one scan sees nothing
            elif phase == "press":
                m.pressed = {pos(key)}
            for k in deb.feed(scan(m)):
                presses.append(k)
                print("key %s -> %s" % (k, pad.key(k)))
print("presses", "".join(presses), "state", pad.state)
m.pressed = {pos("1"), pos("2"), pos("4")}
print("three keys held, scan sees", sorted(scan(m)))
m.pressed = {pos("5"), pos("C")}
print("two keys held, scan sees", sorted(scan(m)))

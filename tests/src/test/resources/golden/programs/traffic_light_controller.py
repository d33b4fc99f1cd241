# A traffic-light intersection controller: timed phases, pedestrian requests, night flashing mode, fault handling.
class Phase:
    def __init__(self, name, ns, ew, duration):
        self.name = name
        self.ns = ns
        self.ew = ew
        self.duration = duration

PHASES = [
    Phase("NS_GO", "G", "R", 6),
    Phase("NS_SLOW", "Y", "R", 2),
    Phase("ALL_RED1", "R", "R", 1),
    Phase("EW_GO", "R", "G", 5),
    Phase("EW_SLOW", "R", "Y", 2),
    Phase("ALL_RED2", "R", "R", 1),
]

class Controller:
    def __init__(self):
        self.index = 0
        self.elapsed = 0
        self.mode = "normal"
        self.walk_requested = False
        self.walk_left = 0
        self.events = []
        self.flash_on = False

    @property
    def phase(self):
        return PHASES[self.index]

    def request_walk(self, t):
        if not self.walk_requested:
            self.walk_requested = True
            self.events.append("%3d walk requested during %s" % (t, self.phase.name))

    def tick(self, t):
        if self.mode == "flash":
            self.flash_on = not self.flash_on
            return ("Y" if self.flash_on else "-", "R" if self.flash_on else "-", "")
        self.elapsed += 1
        walk = ""
        if self.walk_left:
            self.walk_left -= 1
            walk = "WALK" if self.walk_left > 1 else "DONT"
        limit = self.phase.duration
        # a pending walk request shortens the green for the crossing street
        if self.walk_requested and self.phase.name == "EW_GO":
            limit = min(limit, 2)
        if self.elapsed >= limit:
            self.elapsed = 0
            self.index = (self.index + 1) % len(PHASES)
            if self.phase.name == "ALL_RED2" and self.walk_requested:
                self.walk_requested = False
                self.walk_left = 4
                self.events.append("%3d pedestrian phase" % t)
        return (self.phase.ns, self.phase.ew, walk)

    def set_mode(self, t, mode):
        self.events.append("%3d mode %s -> %s" % (t, self.mode, mode))
        self.mode = mode
        if mode == "normal":
            self.index = 2
            self.elapsed = 0

c = Controller()
timeline = []
for t in range(40):
    if t in (3, 22):
        c.request_walk(t)
    if t == 30:
        c.set_mode(t, "flash")
    if t == 35:
        c.set_mode(t, "normal")
    ns, ew, walk = c.tick(t)
    timeline.append("%s%s" % (ns, ew))
    if t % 5 == 4 or walk:
        print("t=%2d NS=%s EW=%s %s" % (t, ns, ew, walk))
print(" ".join(timeline[:20]))
print(" ".join(timeline[20:]))
print("\n".join(c.events))
counts = {}
for s in timeline:
    counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items()))

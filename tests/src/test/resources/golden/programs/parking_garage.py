# A parking garage with levels, spot sizes, tickets, fee rules with a daily cap and a seeded stream of arrivals.
import random

class GarageFull(Exception):
    pass

SIZES = {"moto": 0, "car": 1, "van": 2}

class Garage:
    def __init__(self, layout):
        # layout: level -> list of spot sizes
        self.spots = {}
        for level, sizes in layout.items():
            for n, size in enumerate(sizes):
                self.spots[(level, n)] = [size, None]
        self.tickets = {}
        self.next_ticket = 100
        self.revenue = 0
        self.turned_away = []

    def park(self, plate, kind, t):
        need = SIZES[kind]
        best = None
        for key in sorted(self.spots):
            size, occupant = self.spots[key]
            if occupant is None and size >= need and (best is None or size < self.spots[best][0]):
                best = key
        if best is None:
            raise GarageFull("no %s spot for %s" % (kind, plate))
        self.spots[best][1] = plate
        tid = self.next_ticket
        self.next_ticket += 1
        self.tickets[tid] = (plate, kind, best, t)
        return tid, best

    def leave(self, tid, t):
        plate, kind, spot, t0 = self.tickets.pop(tid)
        self.spots[spot][1] = None
        fee = self.fee(kind, t - t0)
        self.revenue += fee
        return plate, t - t0, fee

    @staticmethod
    def fee(kind, minutes):
        if minutes <= 15:
            return 0
        rate = {"moto": 100, "car": 250, "van": 400}[kind]
        hours = (minutes + 59) // 60
        days, rest = divmod(hours, 24)
        cap = rate * 8
        return days * cap + min(rest * rate, cap)

    def occupancy(self):
        by_level = {}
        for (level, _), (_, occ) in self.spots.items():
            used, total = by_level.get(level, (0, 0))
            by_level[level] = (used + (occ is not None), total + 1)
        return sorted(by_level.items())

g = Garage({"L1": [0, 0, 1, 1, 1, 2], "L2": [1, 1, 1, 2]})
random.seed(404)
active = []
for t in range(0, 600, 20):
    if active and random.random() < 0.45:
        tid = active.pop(random.randrange(len(active)))
        plate, dur, fee = g.leave(tid, t)
        print("t=%3d %s leaves after %3d min pays %5.2f" % (t, plate, dur, fee / 100))
    kind = random.choice(["car", "car", "car", "moto", "van"])
    plate = "%s-%03d" % (kind[0].upper(), random.randint(0, 999))
    try:
        tid, spot = g.park(plate, kind, t)
        active.append(tid)
        if t % 100 == 0:
            print("t=%3d %s parks at %s (ticket %d)" % (t, plate, "/".join(map(str, spot)), tid))
    except GarageFull as e:
        g.turned_away.append(t)
print("occupancy", g.occupancy())
print("turned away at", g.turned_away[:8], "total", len(g.turned_away))
print("revenue %.2f" % (g.revenue / 100))
print([Garage.fee("car", m) for m in (10, 16, 60, 61, 600, 1440, 1500, 3000)])

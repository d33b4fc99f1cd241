# An elevator bank simulation: call requests, a SCAN (elevator) scheduling policy, door timing and statistics.
class Elevator:
    def __init__(self, name, floor=0):
        self.name = name
        self.floor = floor
        self.direction = 0
        self.stops = set()
        self.door = 0
        self.riders = []
        self.moved = 0

    def choose_direction(self):
        if not self.stops:
            self.direction = 0
            return
        if self.direction >= 0 and any(s > self.floor for s in self.stops):
            self.direction = 1
        elif self.direction <= 0 and any(s < self.floor for s in self.stops):
            self.direction = -1
        else:
            self.direction = 1 if any(s > self.floor for s in self.stops) else -1

    def step(self, t, log, waiting, done):
        if self.door:
            self.door -= 1
            return
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.door = 2
            leaving = [r for r in self.riders if r[2] == self.floor]
            for r in leaving:
                self.riders.remove(r)
                done.append(t - r[0])
            boarding = [r for r in waiting if r[1] == self.floor]
            for r in boarding:
                waiting.remove(r)
                self.riders.append(r)
                self.stops.add(r[2])
            log.append("t=%2d %s stop at %d: -%d +%d" % (t, self.name, self.floor, len(leaving), len(boarding)))
            return
        self.choose_direction()
        if self.direction:
            self.floor += self.direction
            self.moved += 1

def assign(elevators, floor):
    def cost(e):
        d = abs(e.floor - floor)
        if e.direction and (floor - e.floor) * e.direction < 0:
            d += 10
        return (d + len(e.stops), e.name)
    best = min(elevators, key=cost)
    best.stops.add(floor)
    return best

requests = {0: [(0, 7), (3, 0)], 2: [(5, 1)], 4: [(0, 9), (8, 2)], 9: [(6, 0)], 12: [(2, 4), (9, 0)], 20: [(1, 8)]}
cars = [Elevator("A"), Elevator("B", 9)]
waiting = []
done = []
log = []
for t in range(60):
    for src, dst in requests.get(t, []):
        person = (t, src, dst)
        waiting.append(person)
        car = assign(cars, src)
        log.append("t=%2d call %d->%d assigned %s" % (t, src, dst, car.name))
    for car in cars:
        car.step(t, log, waiting, done)
    if not waiting and all(not c.stops and not c.riders and not c.door for c in cars) and t > 20:
        log.append("t=%2d idle" % t)
        break
print("\n".join(log))
print("trips", len(done), "avg time %.2f" % (sum(done) / len(done)), "max", max(done))
for c in cars:
    print("car %s at floor %d moved %d floors" % (c.name, c.floor, c.moved))

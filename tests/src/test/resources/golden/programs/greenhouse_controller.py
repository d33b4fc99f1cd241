# A 200-line greenhouse controller simulation mixing classes, closures, generators, f-strings and exceptions.
class SensorError(Exception):
    pass

class ActuatorError(Exception):
    def __init__(self, name, reason):
        super().__init__(f"{name}: {reason}")
        self.name = name

def lcg(seed):
    # A deterministic pseudo-random source so that the run is reproducible everywhere.
    state = seed
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state

class Sensor:
    def __init__(self, name, unit, base, spread, rng, fail_every=0):
        self.name = name
        self.unit = unit
        self.base = base
        self.spread = spread
        self.rng = rng
        self.fail_every = fail_every
        self.reads = 0

    def read(self, drift=0.0):
        self.reads += 1
        if self.fail_every and self.reads % self.fail_every == 0:
            raise SensorError(f"{self.name} timed out on read {self.reads}")
        noise = (next(self.rng) % 1000) / 1000 * self.spread - self.spread / 2
        return round(self.base + drift + noise, 2)

class Actuator:
    def __init__(self, name, max_on_ticks=None):
        self.name = name
        self.on = False
        self.on_ticks = 0
        self.total_on = 0
        self.max_on_ticks = max_on_ticks
        self.switches = 0

    def set(self, on):
        if on != self.on:
            self.switches += 1
            self.on = on
            if not on:
                self.on_ticks = 0

    def tick(self):
        if self.on:
            self.on_ticks += 1
            self.total_on += 1
            if self.max_on_ticks is not None and self.on_ticks > self.max_on_ticks:
                self.set(False)
                raise ActuatorError(self.name, f"forced off after {self.max_on_ticks} ticks")

    def __repr__(self):
        return f"{self.name}({'ON' if self.on else 'off'}, {self.total_on} ticks)"

def hysteresis(low, high):
    # Returns a closure that remembers whether it is currently demanding action.
    active = False
    def decide(value):
        nonlocal active
        if value < low:
            active = True
        elif value > high:
            active = False
        return active
    return decide

def cooling(threshold, margin):
    hot = False
    def decide(value):
        nonlocal hot
        if value > threshold:
            hot = True
        elif value < threshold - margin:
            hot = False
        return hot
    return decide

def moving_stats(window):
    values = []
    while True:
        v = yield (sum(values) / len(values) if values else None, min(values) if values else None, max(values) if values else None)
        values.append(v)
        if len(values) > window:
            values.pop(0)

class Controller:
    def __init__(self, seed):
        rng = lcg(seed)
        self.sensors = {
            "temp": Sensor("temp", "C", 22.0, 3.0, rng),
            "humidity": Sensor("humidity", "%", 60.0, 10.0, rng, fail_every=7),
            "soil": Sensor("soil", "%", 35.0, 4.0, rng),
        }
        self.heater = Actuator("heater", max_on_ticks=4)
        self.fan = Actuator("fan")
        self.pump = Actuator("pump", max_on_ticks=2)
        self.rules = [
            (self.heater, "temp", hysteresis(20.5, 23.0)),
            (self.fan, "temp", cooling(24.0, 1.0)),
            (self.pump, "soil", hysteresis(33.0, 38.0)),
        ]
        self.stats = {name: moving_stats(4) for name in self.sensors}
        for gen in self.stats.values():
            next(gen)
        self.last = {}
        self.alarms = []
        self.tick_no = 0

    def drift(self, name):
        # Temperature follows a slow daily curve; the soil dries out unless the pump runs.
        if name == "temp":
            curve = [-3, -2, -1, 0, 1, 2, 3, 2, 1, 0, -1, -2]
            heat = 1.5 if self.heater.on else 0.0
            cool = -1.0 if self.fan.on else 0.0
            return curve[self.tick_no % len(curve)] + heat + cool
        if name == "soil":
            return -0.4 * self.tick_no + (6.0 if self.pump.on else 0.0)
        return 0.0

    def sample(self):
        readings = {}
        for name in sorted(self.sensors):
            try:
                value = self.sensors[name].read(self.drift(name))
            except SensorError as e:
                self.alarms.append((self.tick_no, str(e)))
                value = self.last.get(name)
                if value is None:
                    continue
            readings[name] = value
            self.last[name] = value
        return readings

    def step(self):
        self.tick_no += 1
        readings = self.sample()
        for actuator, source, decide in self.rules:
            if source in readings:
                actuator.set(decide(readings[source]))
        for actuator in (self.heater, self.fan, self.pump):
            try:
                actuator.tick()
            except ActuatorError as e:
                self.alarms.append((self.tick_no, f"actuator {e}"))
        summary = {}
        for name, value in readings.items():
            summary[name] = self.stats[name].send(value)
        return readings, summary

    def run(self, ticks):
        for _ in range(ticks):
            readings, summary = self.step()
            parts = [f"{k}={v:6.2f}" for k, v in sorted(readings.items())]
            states = "".join(a.name[0].upper() if a.on else "." for a in (self.heater, self.fan, self.pump))
            avg_t = summary.get("temp", (None,))[0]
            avg_text = f"{avg_t:6.2f}" if avg_t is not None else "   n/a"
            print(f"t{self.tick_no:02d} {' '.join(parts)} [{states}] avgT={avg_text}")

def report(ctrl):
    print("-" * 60)
    for a in (ctrl.heater, ctrl.fan, ctrl.pump):
        duty = a.total_on / ctrl.tick_no * 100
        print(f"{a.name:<7} on {a.total_on:2d}/{ctrl.tick_no} ticks ({duty:5.1f}%), {a.switches} switches")
    reads = ", ".join(f"{s.name}={s.reads}" for s in ctrl.sensors.values())
    print(f"sensor reads: {reads}")
    print(f"{len(ctrl.alarms)} alarms:")
    for tick, text in ctrl.alarms:
        print(f"  t{tick:02d} {text}")
    worst = max(ctrl.alarms, key=lambda a: len(a[1]), default=None)
    print("longest alarm:", worst[1] if worst else None)

ctrl = Controller(seed=2024)
ctrl.run(24)
report(ctrl)
by_kind = {}
for _, text in ctrl.alarms:
    kind = "sensor" if "timed out" in text else "actuator"
    by_kind[kind] = by_kind.get(kind, 0) + 1
print(sorted(by_kind.items()))
try:
    Controller(seed=1).sensors["missing"]
except KeyError as e:
    print(f"KeyError: {e}")

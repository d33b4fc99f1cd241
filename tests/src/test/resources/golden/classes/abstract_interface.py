# Interfaces without abc: NotImplementedError in base methods, template methods and capability checks.
class Sensor:
    unit = "?"

    def __init__(self, name):
        self.name = name
        self.samples = []

    def read_raw(self):
        raise NotImplementedError("%s must implement read_raw" % type(self).__name__)

    def convert(self, raw):
        return raw

    def sample(self):
        # template method: subclasses supply read_raw/convert
        value = self.convert(self.read_raw())
        self.samples.append(value)
        return value

    def report(self):
        if not self.samples:
            return "%s: no data" % self.name
        avg = sum(self.samples) / len(self.samples)
        return "%s: n=%d last=%.2f%s avg=%.2f%s" % (self.name, len(self.samples), self.samples[-1], self.unit, avg, self.unit)

class Thermistor(Sensor):
    unit = "C"

    def __init__(self, name, raws):
        super().__init__(name)
        self.raws = list(raws)

    def read_raw(self):
        return self.raws.pop(0)

    def convert(self, raw):
        return (raw - 500) / 10

class Counter(Sensor):
    unit = " pulses"

    def __init__(self, name):
        super().__init__(name)
        self.n = 0

    def read_raw(self):
        self.n += 3
        return self.n

class Broken(Sensor):
    pass

class Calibrated(Thermistor):
    def __init__(self, name, raws, offset):
        super().__init__(name, raws)
        self.offset = offset

    def convert(self, raw):
        return super().convert(raw) + self.offset

sensors = [Thermistor("t1", [700, 710, 690]), Counter("flow"), Broken("b0"), Calibrated("t2", [650, 655, 640], -0.5)]
for rnd in range(3):
    for s in sensors:
        try:
            s.sample()
        except NotImplementedError as e:
            if rnd == 0:
                print("skip:", e)
for s in sensors:
    print(s.report())

def capabilities(obj):
    caps = []
    for name in ("sample", "calibrate", "convert", "offset"):
        if hasattr(obj, name):
            caps.append(name)
    return caps

for s in sensors:
    print(type(s).__name__, capabilities(s), isinstance(s, Thermistor), type(s).__bases__[0].__name__)
print(Calibrated.__mro__ if hasattr(Calibrated, "__mro__") else [c.__name__ for c in (Calibrated, Thermistor, Sensor)])
print(Calibrated.unit, Counter.unit, Sensor.convert(sensors[0], 5))

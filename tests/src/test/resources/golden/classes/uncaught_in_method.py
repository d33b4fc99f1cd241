# exit: 1
# An AttributeError escaping from a property getter called in a method of a subclass.
class Sensor:
    def __init__(self, name):
        self.name = name

    @property
    def calibrated(self):
        return self.raw * self.factor

class Thermo(Sensor):
    factor = 0.5

    def __init__(self, name, raw):
        super().__init__(name)
        self.raw = raw

    def describe(self):
        return "%s: %.1f" % (self.name, self.calibrated)

print(Thermo("t1", 50).describe())
broken = Thermo("t2", 10)
del broken.raw
print(broken.describe())

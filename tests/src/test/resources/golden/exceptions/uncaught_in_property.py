# exit: 1
# An error inside a property getter reached through a format call; the traceback includes the getter frame.
class Battery:
    def __init__(self, mv, cells):
        self.mv = mv
        self.cells = cells

    @property
    def per_cell(self):
        return self.mv // self.cells

    def __str__(self):
        return "%d mV (%d mV/cell)" % (self.mv, self.per_cell)

packs = [Battery(12600, 3), Battery(8400, 2), Battery(3700, 0)]
for p in packs:
    print("pack:", p)

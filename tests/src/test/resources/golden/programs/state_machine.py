# A traffic-light controller and a vending machine as table-driven state machines.
class StateMachine:
    def __init__(self, name, initial, table):
        self.name = name
        self.state = initial
        self.table = table
        self.trace = []

    def fire(self, event):
        key = (self.state, event)
        if key not in self.table:
            self.trace.append("%s: ignored %s in %s" % (self.name, event, self.state))
            return False
        new_state, action = self.table[key]
        if action:
            action(self)
        self.trace.append("%s: %s --%s--> %s" % (self.name, self.state, event, new_state))
        self.state = new_state
        return True

LIGHT = {
    ("red", "timer"): ("green", None),
    ("green", "timer"): ("yellow", None),
    ("yellow", "timer"): ("red", None),
    ("green", "pedestrian"): ("yellow", None),
    ("red", "fault"): ("flashing", None),
    ("green", "fault"): ("flashing", None),
    ("yellow", "fault"): ("flashing", None),
    ("flashing", "reset"): ("red", None),
}
light = StateMachine("light", "red", LIGHT)
for ev in ["timer", "pedestrian", "timer", "pedestrian", "timer", "fault", "timer", "reset", "timer"]:
    light.fire(ev)
print("\n".join(light.trace))
print("final", light.state)

class Vending(StateMachine):
    PRICE = 75

    def __init__(self):
        self.credit = 0
        self.dispensed = []
        self.refunds = []
        table = {
            ("idle", "coin"): ("paying", Vending.add_coin),
            ("paying", "coin"): ("paying", Vending.add_coin),
            ("paying", "select"): ("idle", Vending.vend),
            ("paying", "refund"): ("idle", Vending.refund),
        }
        super().__init__("vend", "idle", table)
        self.pending = 0

    def add_coin(self):
        self.credit += self.pending

    def vend(self):
        if self.credit >= self.PRICE:
            self.dispensed.append("snack")
            change = self.credit - self.PRICE
            if change:
                self.refunds.append(change)
        else:
            self.refunds.append(self.credit)
        self.credit = 0

    def refund(self):
        self.refunds.append(self.credit)
        self.credit = 0

    def insert(self, amount):
        self.pending = amount
        return self.fire("coin")

v = Vending()
v.insert(25)
v.insert(25)
v.fire("select")
v.insert(50)
v.insert(50)
v.fire("select")
v.fire("select")
v.insert(10)
v.fire("refund")
print("\n".join(v.trace))
print("dispensed", v.dispensed, "refunds", v.refunds, "credit", v.credit, "state", v.state)

# A vending machine state machine with coins, stock, change-making and an audit log.
class VendError(Exception):
    pass

class Machine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"A1": ["cola", 120, 2], "A2": ["water", 80, 5], "B1": ["chips", 95, 1], "B2": ["gum", 45, 0]}
        self.bank = {200: 2, 100: 3, 50: 4, 20: 5, 10: 5, 5: 10}
        self.log = []
        self.sales = 0

    def _note(self, msg):
        self.log.append("[%s] %s" % (self.state, msg))

    def insert(self, coin):
        if coin not in self.COINS:
            self._note("rejected coin %d" % coin)
            return
        self.bank[coin] += 1
        self.credit += coin
        self.state = "credit"
        self._note("coin %d, credit %d" % (coin, self.credit))

    def make_change(self, amount):
        given = []
        for c in self.COINS:
            while amount >= c and self.bank[c] > 0:
                amount -= c
                self.bank[c] -= 1
                given.append(c)
        if amount:
            for c in given:
                self.bank[c] += 1
            raise VendError("cannot make change")
        return given

    def select(self, slot):
        if slot not in self.stock:
            raise VendError("no slot " + slot)
        name, price, count = self.stock[slot]
        if count == 0:
            raise VendError(name + " sold out")
        if self.credit < price:
            raise VendError("need %d more" % (price - self.credit))
        change = self.make_change(self.credit - price)
        self.stock[slot][2] -= 1
        self.sales += price
        self.credit = 0
        self.state = "idle"
        self._note("vend %s, change %s" % (name, change))
        return name, change

    def refund(self):
        change = self.make_change(self.credit)
        self._note("refund %s" % change)
        self.credit = 0
        self.state = "idle"
        return change

m = Machine()
script = [("coin", 100), ("coin", 50), ("sel", "A1"), ("coin", 3), ("coin", 20), ("sel", "B2"),
          ("sel", "A2"), ("coin", 200), ("sel", "B1"), ("coin", 100), ("sel", "B1"), ("coin", 50),
          ("coin", 20), ("refund", None), ("sel", "Z9")]
for op, arg in script:
    try:
        if op == "coin":
            m.insert(arg)
        elif op == "sel":
            print("got", m.select(arg))
        else:
            print("refund", m.refund())
    except VendError as e:
        print("error:", e, "| credit", m.credit)
print("\n".join(m.log))
print("sales", m.sales, "state", m.state)
print("stock", sorted((k, v[2]) for k, v in m.stock.items()))
print("bank total", sum(k * v for k, v in m.bank.items()))

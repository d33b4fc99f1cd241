# Warehouse inventory with reorder points, FIFO lots for cost, sales that span lots and a valuation report.
class OutOfStock(Exception):
    pass

class Item:
    def __init__(self, sku, name, reorder_point, reorder_qty):
        self.sku = sku
        self.name = name
        self.reorder_point = reorder_point
        self.reorder_qty = reorder_qty
        self.lots = []

    @property
    def qty(self):
        return sum(q for q, _ in self.lots)

    def receive(self, qty, unit_cost):
        self.lots.append([qty, unit_cost])

    def issue(self, qty):
        if qty > self.qty:
            raise OutOfStock("%s: want %d, have %d" % (self.sku, qty, self.qty))
        cost = 0
        while qty:
            lot = self.lots[0]
            take = min(qty, lot[0])
            cost += take * lot[1]
            lot[0] -= take
            qty -= take
            if lot[0] == 0:
                self.lots.pop(0)
        return cost

    def value(self):
        return sum(q * c for q, c in self.lots)

class Warehouse:
    def __init__(self):
        self.items = {}
        self.orders = []
        self.revenue = 0
        self.cogs = 0

    def add(self, item):
        self.items[item.sku] = item

    def sell(self, sku, qty, price):
        item = self.items[sku]
        cost = item.issue(qty)
        self.revenue += qty * price
        self.cogs += cost
        if item.qty <= item.reorder_point and sku not in [o[0] for o in self.orders]:
            self.orders.append((sku, item.reorder_qty))
        return cost

    def deliver(self, costs):
        for sku, qty in self.orders:
            self.items[sku].receive(qty, costs[sku])
        n = len(self.orders)
        self.orders = []
        return n

w = Warehouse()
for sku, name, rp, rq in (("B-10", "bolt M3", 50, 200), ("N-10", "nut M3", 50, 300), ("S-01", "servo", 2, 5)):
    w.add(Item(sku, name, rp, rq))
w.items["B-10"].receive(120, 4)
w.items["B-10"].receive(80, 5)
w.items["N-10"].receive(100, 2)
w.items["S-01"].receive(4, 1250)

sales = [("B-10", 100, 9), ("N-10", 60, 5), ("S-01", 3, 2000), ("B-10", 60, 9), ("S-01", 2, 2000), ("N-10", 10, 5)]
for sku, qty, price in sales:
    try:
        cost = w.sell(sku, qty, price)
        print("sold %3d x %-5s cost %5d margin %5d" % (qty, sku, cost, qty * price - cost))
    except OutOfStock as e:
        print("OutOfStock:", e)
print("pending orders", w.orders)
print("delivered", w.deliver({"B-10": 6, "N-10": 2, "S-01": 1300}), "orders")

print("%-6s %-8s %5s %8s  %s" % ("sku", "name", "qty", "value", "lots"))
total = 0
for sku in sorted(w.items):
    it = w.items[sku]
    total += it.value()
    print("%-6s %-8s %5d %8d  %s" % (sku, it.name, it.qty, it.value(), it.lots))
print("stock value %d, revenue %d, cogs %d, gross margin %.1f%%" % (
    total, w.revenue, w.cogs, 100 * (w.revenue - w.cogs) / w.revenue))

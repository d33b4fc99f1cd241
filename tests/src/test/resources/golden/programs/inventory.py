# An inventory system with custom exceptions, validation, restocking and a report.
class InventoryError(Exception):
    pass

class UnknownItem(InventoryError):
    def __init__(self, sku):
        super().__init__("unknown item %s" % sku)
        self.sku = sku

class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__("%s: wanted %d, have %d" % (sku, wanted, have))
        self.shortfall = wanted - have

class Item:
    def __init__(self, sku, name, price_cents, qty=0, reorder_at=5):
        if price_cents < 0:
            raise ValueError("negative price for " + sku)
        self.sku, self.name, self.price, self.qty, self.reorder_at = sku, name, price_cents, qty, reorder_at

    def value(self):
        return self.price * self.qty

class Inventory:
    def __init__(self):
        self.items = {}
        self.events = []

    def add(self, item):
        if item.sku in self.items:
            raise InventoryError("duplicate sku " + item.sku)
        self.items[item.sku] = item

    def get(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku)

    def sell(self, sku, n):
        item = self.get(sku)
        if n > item.qty:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.events.append(("sell", sku, n))
        return item.price * n

    def restock(self):
        orders = []
        for sku in sorted(self.items):
            it = self.items[sku]
            if it.qty <= it.reorder_at:
                amount = it.reorder_at * 3 - it.qty
                it.qty += amount
                orders.append((sku, amount))
                self.events.append(("restock", sku, amount))
        return orders

    def report(self):
        lines = ["%-6s %-14s %5s %9s" % ("SKU", "NAME", "QTY", "VALUE")]
        for sku in sorted(self.items):
            it = self.items[sku]
            lines.append("%-6s %-14s %5d %9s" % (sku, it.name, it.qty, money(it.value())))
        lines.append("%-27s %9s" % ("TOTAL", money(sum(i.value() for i in self.items.values()))))
        return "\n".join(lines)

def money(cents):
    return "%d.%02d" % (cents // 100, cents % 100)

inv = Inventory()
for args in [("A100", "widget", 250, 10), ("B200", "gizmo", 1299, 3, 2), ("C300", "thingamajig", 75, 40, 10)]:
    inv.add(Item(*args))
for bad in [("A100", "dup", 1), ("D400", "broken", -5)]:
    try:
        inv.add(Item(*bad))
    except ValueError as e:
        print("ValueError:", e)
    except InventoryError as e:
        print("InventoryError:", e)
print(inv.report())
revenue = 0
orders = [("A100", 4), ("B200", 5), ("C300", 31), ("Z999", 1), ("B200", 3), ("A100", 6), ("A100", 1)]
for sku, n in orders:
    try:
        got = inv.sell(sku, n)
        revenue += got
        print("sold %d x %s for %s" % (n, sku, money(got)))
    except OutOfStock as e:
        print("out of stock:", e, "shortfall", e.shortfall)
    except UnknownItem as e:
        print("unknown:", e.sku, "|", e)
print("revenue", money(revenue))
print("restock", inv.restock())
print(inv.report())
print(len(inv.events), inv.events[-2:])

# An inventory tracker: stock levels per warehouse in nested dicts, receiving, shipping with
# back-orders, reorder suggestions and a sorted stock report.
inventory = {}
backorders = []
REORDER = {"bolt": 100, "nut": 150, "washer": 80, "gear": 10}


def receive(site, item, qty):
    inventory.setdefault(site, {})
    inventory[site][item] = inventory[site].get(item, 0) + qty


def total(item):
    return sum(stock.get(item, 0) for stock in inventory.values())


def ship(order_id, item, qty):
    remaining = qty
    taken = []
    for site in sorted(inventory):
        have = inventory[site].get(item, 0)
        if have <= 0:
            continue
        use = min(have, remaining)
        inventory[site][item] = have - use
        taken.append((site, use))
        remaining -= use
        if not remaining:
            break
    if remaining:
        backorders.append((order_id, item, remaining))
    return taken


receive("north", "bolt", 250)
receive("north", "nut", 120)
receive("south", "bolt", 40)
receive("south", "gear", 12)
receive("east", "washer", 75)
receive("east", "nut", 60)
orders = [("o1", "bolt", 260), ("o2", "nut", 200), ("o3", "gear", 5), ("o4", "washer", 90), ("o5", "sprocket", 1)]
for oid, item, qty in orders:
    print(oid, item, qty, "->", ship(oid, item, qty))
print("backorders:", backorders)
print("%-8s" % "item" + "".join("%8s" % s for s in sorted(inventory)) + "%8s %s" % ("total", "action"))
items = sorted({i for stock in inventory.values() for i in stock} | set(REORDER))
for item in items:
    row = "%-8s" % item
    for site in sorted(inventory):
        row += "%8d" % inventory[site].get(item, 0)
    t = total(item)
    level = REORDER.get(item)
    action = "reorder %d" % (2 * level - t) if level is not None and t < level else "ok"
    print(row + "%8d %s" % (t, action))
empty = [(s, i) for s in sorted(inventory) for i, q in sorted(inventory[s].items()) if q == 0]
print("empty bins:", empty)
for s, i in empty:
    del inventory[s][i]
print({s: sorted(v.items()) for s, v in sorted(inventory.items())} == {s: sorted(v.items()) for s, v in inventory.items()})
print(sorted((s, sorted(v)) for s, v in inventory.items()))

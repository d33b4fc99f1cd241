# Tuples as records: grouping and aggregating sales by region and month, multi-key sorting with
# stable sorts, zip(*rows) transposition and a pivot table.
rows = [
    ("north", "jan", "widget", 120), ("south", "jan", "widget", 80), ("north", "feb", "gadget", 45),
    ("east", "jan", "gadget", 60), ("south", "feb", "widget", 95), ("north", "jan", "gadget", 30),
    ("east", "feb", "widget", 70), ("south", "mar", "gadget", 20), ("north", "mar", "widget", 110),
    ("east", "mar", "widget", 65), ("north", "feb", "widget", 100), ("south", "jan", "gadget", 25),
]
MONTHS = ("jan", "feb", "mar")


def group_by(rows, key):
    out = {}
    for r in rows:
        out.setdefault(key(r), []).append(r)
    return out


by_region = group_by(rows, lambda r: r[0])
for region in sorted(by_region):
    rs = by_region[region]
    amounts = [r[3] for r in rs]
    print("%-6s n=%d sum=%4d avg=%6.2f max=%s" % (region, len(rs), sum(amounts), sum(amounts) / len(rs),
                                                max(rs, key=lambda r: r[3])[1:]))
ordered = sorted(rows, key=lambda r: (MONTHS.index(r[1]), -r[3]))
print([r[0][0] + r[1][0] + str(r[3]) for r in ordered])
stable = sorted(sorted(rows, key=lambda r: r[2]), key=lambda r: r[0])
print([(r[0], r[2]) for r in stable][:6])
regions, months, products, amounts = zip(*rows)
print(len(regions), sorted(set(products)), sum(amounts), min(amounts), max(amounts))
pivot = {}
for region, month, _, amount in rows:
    pivot[(region, month)] = pivot.get((region, month), 0) + amount
print("%-6s" % "" + "".join("%6s" % m for m in MONTHS) + "%7s" % "total")
for region in sorted(by_region):
    cells = [pivot.get((region, m), 0) for m in MONTHS]
    print("%-6s" % region + "".join("%6d" % c for c in cells) + "%7d" % sum(cells))
col_totals = [sum(pivot.get((r, m), 0) for r in by_region) for m in MONTHS]
print("%-6s" % "total" + "".join("%6d" % c for c in col_totals) + "%7d" % sum(col_totals))
best = max(pivot.items(), key=lambda kv: kv[1])
print("best cell", best, (1, 2) < (1, 2, 0), (2,) > (1, 99), ("a", 1) < ("a", 2))

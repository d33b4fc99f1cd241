# Building a formatted text report with alignment and totals.
sales = [
    ("North", "Widget", 120, 2.5),
    ("South", "Gadget", 45, 12.0),
    ("North", "Gadget", 30, 12.0),
    ("East", "Widget", 300, 2.25),
    ("South", "Widget", 0, 2.5),
    ("East", "Doohickey", 7, 99.99),
]
header = "{:<8}{:<11}{:>6}{:>9}{:>11}".format("Region", "Product", "Qty", "Price", "Total")
print(header)
print("-" * len(header))
grand = 0
by_region = {}
for region, product, qty, price in sales:
    total = qty * price
    grand += total
    by_region[region] = by_region.get(region, 0) + total
    print("{:<8}{:<11}{:>6d}{:>9.2f}{:>11.2f}".format(region, product, qty, price, total))
print("-" * len(header))
print("{:<25}{:>20.2f}".format("Grand total", grand))
for region in sorted(by_region):
    share = by_region[region] / grand
    bar = "#" * int(share * 30)
    print("%-6s %8.2f %5.1f%% %s" % (region, by_region[region], share * 100, bar))

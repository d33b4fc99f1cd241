# Money handled in integer cents: parsing amounts, banker's rounding of percentages by hand,
# splitting a bill fairly, and an invoice table; float formatting is used only for display.
def parse(amount):
    amount = amount.strip().replace(",", "")
    neg = amount.startswith("-")
    if neg:
        amount = amount[1:]
    whole, _, frac = amount.partition(".")
    frac = (frac + "00")[:2]
    cents = int(whole or "0") * 100 + int(frac)
    return -cents if neg else cents


def show(cents):
    sign = "-" if cents < 0 else ""
    c = abs(cents)
    return "%s%s.%02d" % (sign, "{:,}".format(c // 100), c % 100)


def percent_half_even(cents, num, den):
    # cents * num / den rounded half to even, exact with integers
    q, r = divmod(cents * num, den)
    if 2 * r > den or (2 * r == den and q % 2 == 1):
        q += 1
    return q


def split(cents, ways):
    base, extra = divmod(cents, ways)
    return [base + (1 if i < extra else 0) for i in range(ways)]


for s in ("12.34", "0.5", "-3", "1,234,567.891", ".07", "100."):
    c = parse(s)
    print("%-14s %10d %14s" % (s, c, show(c)))
for cents in (1000, 1005, 1015, 1025, 99, -250):
    print(show(cents), show(percent_half_even(cents, 5, 100)), show(percent_half_even(cents, 1, 8)))
print(split(1000, 3), split(1, 4), sum(split(99999, 7)) == 99999, split(-10, 3))
items = [("Widget", 3, "4.99"), ("Gadget", 1, "129.00"), ("Cable", 12, "0.35"), ("Service", 2, "75.50")]
subtotal = 0
print("%-10s %4s %10s %12s" % ("item", "qty", "unit", "total"))
for name, qty, price in items:
    line = qty * parse(price)
    subtotal += line
    print("%-10s %4d %10s %12s" % (name, qty, show(parse(price)), show(line)))
tax = percent_half_even(subtotal, 19, 100)
print("%-27s %12s" % ("subtotal", show(subtotal)))
print("%-27s %12s" % ("tax 19%", show(tax)))
print("%-27s %12s" % ("total", show(subtotal + tax)))
print("float view: %.2f vs %.2f" % (0.1 + 0.2, (10 + 20) / 100))

# Scaling a recipe with unit normalisation and friendly fractions: string parsing, dict lookups, rounding rules.
UNITS = {"g": ("g", 1), "kg": ("g", 1000), "ml": ("ml", 1), "l": ("ml", 1000), "tsp": ("ml", 5), "tbsp": ("ml", 15),
         "cup": ("ml", 240), "pc": ("pc", 1)}
FRACTIONS = [(0, ""), (0.125, "1/8"), (0.25, "1/4"), (1 / 3, "1/3"), (0.5, "1/2"), (2 / 3, "2/3"), (0.75, "3/4"), (1, "")]

RECIPE = """flour 0.5 kg
butter 250 g
milk 1.5 cup
sugar 3 tbsp
salt 1 tsp
eggs 3 pc
vanilla 0.5 tsp"""

def parse(text):
    items = []
    for line in text.split("\n"):
        name, qty, unit = line.split()
        base, factor = UNITS[unit]
        items.append((name, float(qty) * factor, base))
    return items

def friendly(qty, unit):
    if unit == "g":
        return "%d kg %d g" % divmod(int(round(qty)), 1000) if qty >= 1000 else "%d g" % round(qty)
    if unit == "pc":
        whole = int(qty)
        return "%d pc" % (whole + (1 if qty - whole >= 0.5 else 0))
    if qty >= 240 * 0.5:
        cups = qty / 240
        return frac(cups) + " cup"
    if qty >= 15:
        return frac(qty / 15) + " tbsp"
    return frac(qty / 5) + " tsp"

def frac(x):
    whole = int(x)
    rest = x - whole
    best = min(FRACTIONS, key=lambda f: abs(f[0] - rest))
    if best[0] == 1:
        whole += 1
    text = str(whole) if whole else ""
    if best[1]:
        text = (text + " " if text else "") + best[1]
    return text or "0"

items = parse(RECIPE)
for servings, base_servings in ((4, 4), (2, 4), (6, 4), (10, 4)):
    k = servings / base_servings
    print("--- %d servings (x%.2f)" % (servings, k))
    for name, qty, unit in items:
        print("  %-8s %s" % (name, friendly(qty * k, unit)))
total_ml = sum(q for _, q, u in items if u == "ml")
print("liquids %.1f ml, dry %d g" % (total_ml, sum(q for _, q, u in items if u == "g")))
print([frac(x) for x in (0.1, 0.3, 0.6, 1.9, 2.2, 3.0)])

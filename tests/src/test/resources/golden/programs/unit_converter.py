# A unit converter with a conversion graph, path search and formatted results.
FACTORS = [
    ("km", "m", 1000), ("m", "cm", 100), ("cm", "mm", 10), ("mile", "yd", 1760),
    ("yd", "ft", 3), ("ft", "in", 12), ("in", "cm", 2.54),
    ("kg", "g", 1000), ("lb", "oz", 16), ("lb", "g", 453.59237),
    ("h", "min", 60), ("min", "s", 60), ("day", "h", 24),
]

graph = {}
for a, b, f in FACTORS:
    graph.setdefault(a, []).append((b, f))
    graph.setdefault(b, []).append((a, 1 / f))

class ConversionError(Exception):
    pass

def find_factor(src, dst):
    if src not in graph or dst not in graph:
        raise ConversionError("unknown unit: %s" % (src if src not in graph else dst))
    queue = [(src, 1.0, [src])]
    seen = {src}
    while queue:
        unit, factor, path = queue.pop(0)
        if unit == dst:
            return factor, path
        for nxt, f in graph[unit]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, factor * f, path + [nxt]))
    raise ConversionError("cannot convert %s to %s" % (src, dst))

def convert(value, src, dst):
    factor, path = find_factor(src, dst)
    return value * factor, path

requests = [(5, "km", "mile"), (1, "mile", "m"), (12, "in", "cm"), (3, "lb", "kg"), (1, "day", "s"),
            (100, "g", "oz"), (2, "h", "km"), (1, "parsec", "m"), (0, "ft", "mm")]
for value, src, dst in requests:
    try:
        result, path = convert(value, src, dst)
        print("%g %s = %.4f %s  via %s" % (value, src, result, dst, " > ".join(path)))
    except ConversionError as e:
        print("error:", e)
print(sorted(graph))
print("%.6f" % convert(1, "mm", "mile")[0])

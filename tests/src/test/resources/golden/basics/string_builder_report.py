# Building a fixed-width report with string operations only: column widths from data, alignment
# with format specs, totals, a histogram row and a framed title.
rows = [
    ("Sensor A", "temp", 21.456, 120),
    ("Sensor B (long name)", "humidity", 45.0, 98),
    ("C", "pressure", 1013.25, 7),
    ("Sensor D", "co2", 612.0, 1440),
]
headers = ("name", "kind", "value", "samples")
widths = [max(len("%.2f" % r[i] if isinstance(r[i], float) else str(r[i])) for r in rows + [headers]) for i in range(4)]
print(widths)


def line(cells):
    name, kind, value, samples = cells
    return "| {:<{}} | {:^{}} | {:>{}} | {:>{}} |".format(name, widths[0], kind, widths[1], value, widths[2],
                                                          samples, widths[3])


sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
title = " Daily sensor report "
print("=" * len(sep))
print(("{:^%d}" % len(sep)).format(title))
print("=" * len(sep))
print(sep)
print(line(headers))
print(sep.replace("-", "="))
for name, kind, value, samples in rows:
    print(line((name, kind, "%.2f" % value, samples)))
print(sep)
total = sum(r[3] for r in rows)
print(line(("TOTAL", "", "", total)))
print(sep)
peak = max(r[3] for r in rows)
for name, _, _, samples in rows:
    bar = "#" * (samples * 30 // peak)
    print("{:>22} {:<30} {:5.1f}%".format(name[:22], bar, 100 * samples / total))

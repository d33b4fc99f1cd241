# Energy-meter style accumulators: per-hour buckets from pulse timestamps, tariffs, totals and a formatted bill.
PULSES_PER_KWH = 1000

def pulses(seed_pattern):
    # synthetic pulse times (seconds since midnight) from a load profile in watts per hour
    t = 0.0
    out = []
    for hour, watts in enumerate(seed_pattern):
        if watts <= 0:
            t = (hour + 1) * 3600.0
            continue
        interval = 3600.0 * 1000 / (watts * PULSES_PER_KWH)
        t = max(t, hour * 3600.0)
        while t < (hour + 1) * 3600.0:
            out.append(t)
            t += interval
    return out

PROFILE = [300, 250, 200, 200, 220, 400, 900, 1500, 800, 600, 500, 550,
           700, 500, 450, 500, 800, 1800, 2200, 1600, 1200, 900, 600, 400]
TARIFFS = [(0, 7, "night", 0.12), (7, 17, "day", 0.28), (17, 21, "peak", 0.41), (21, 24, "evening", 0.22)]

def tariff(hour):
    for lo, hi, name, price in TARIFFS:
        if lo <= hour < hi:
            return name, price
    raise ValueError(hour)

buckets = [0] * 24
for p in pulses(PROFILE):
    buckets[int(p // 3600)] += 1

print("hour  kWh    band     cost")
totals = {}
for h, n in enumerate(buckets):
    kwh = n / PULSES_PER_KWH
    name, price = tariff(h)
    cost = kwh * price
    t = totals.setdefault(name, [0.0, 0.0, price])
    t[0] += kwh
    t[1] += cost
    if h % 3 == 0:
        print("%02d   %5.3f  %-7s %6.3f" % (h, kwh, name, cost))
print()
print("{:<8} {:>8} {:>7} {:>8}".format("band", "kWh", "rate", "cost"))
grand = 0
for lo, hi, name, price in TARIFFS:
    kwh, cost, rate = totals[name]
    grand += cost
    print("{:<8} {:>8.3f} {:>7.2f} {:>8.2f}".format(name, kwh, rate, cost))
energy = sum(buckets) / PULSES_PER_KWH
print("{:<8} {:>8.3f} {:>7} {:>8.2f}".format("total", energy, "", grand))
print("average price %.4f per kWh, peak hour %02d (%d pulses)" % (grand / energy, buckets.index(max(buckets)), max(buckets)))
print("standing charge 0.45, VAT 5%%: due %.2f" % ((grand + 0.45) * 1.05))

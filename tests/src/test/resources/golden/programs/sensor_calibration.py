# Two-point and least-squares linear calibration of raw ADC readings, with residuals and a lookup-table
# interpolation for a non-linear thermistor.
points = [(512, 0.0), (1380, 25.0), (2210, 50.0), (3050, 75.0), (3890, 100.0)]

def two_point(p1, p2):
    (x1, y1), (x2, y2) = p1, p2
    gain = (y2 - y1) / (x2 - x1)
    return gain, y1 - gain * x1

def least_squares(pts):
    n = len(pts)
    sx = sum(p[0] for p in pts)
    sy = sum(p[1] for p in pts)
    sxx = sum(p[0] * p[0] for p in pts)
    sxy = sum(p[0] * p[1] for p in pts)
    gain = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    return gain, (sy - gain * sx) / n

def r_squared(pts, gain, offset):
    mean = sum(p[1] for p in pts) / len(pts)
    ss_tot = sum((p[1] - mean) ** 2 for p in pts)
    ss_res = sum((p[1] - (gain * p[0] + offset)) ** 2 for p in pts)
    return 1 - ss_res / ss_tot

for name, (g, o) in (("two-point", two_point(points[0], points[-1])), ("least-squares", least_squares(points))):
    print("%-13s gain=%.6f offset=%.4f r2=%.6f" % (name, g, o, r_squared(points, g, o)))
    for x, y in points:
        est = g * x + o
        print("    raw %4d ref %6.2f est %7.3f err %+.3f" % (x, y, est, est - y))

# thermistor table: resistance (ohms) -> temperature, resistance falls as temperature rises
TABLE = [(32650, 0), (19900, 10), (12490, 20), (10000, 25), (8057, 30), (5327, 40), (3603, 50), (2488, 60)]

def lookup(r):
    if r >= TABLE[0][0]:
        return float(TABLE[0][1])
    if r <= TABLE[-1][0]:
        return float(TABLE[-1][1])
    lo, hi = 0, len(TABLE) - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if TABLE[mid][0] > r:
            lo = mid
        else:
            hi = mid
    (r1, t1), (r2, t2) = TABLE[lo], TABLE[hi]
    return t1 + (t2 - t1) * (r1 - r) / (r1 - r2)

for r in (40000, 32650, 25000, 12490, 11000, 9000, 6000, 3000, 1000):
    print("R=%6d ohm -> %6.2f C" % (r, lookup(r)))

def adc_to_r(adc, r_fixed=10000, full=4095):
    return r_fixed * adc / (full - adc)

for adc in (1000, 2048, 2600, 3500):
    r = adc_to_r(adc)
    print("adc %4d -> R %8.1f -> %.1f C" % (adc, r, lookup(r)))

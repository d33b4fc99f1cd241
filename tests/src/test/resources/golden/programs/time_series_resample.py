# Resampling irregular timestamped readings into fixed intervals: last-value-carried-forward, linear interpolation,
# per-bucket aggregation, gap detection and formatting of hh:mm:ss without the time module.
READINGS = [(0, 20.0), (7, 20.4), (31, 21.0), (45, 21.6), (50, 21.5), (118, 23.0), (125, 23.4), (180, 22.1),
            (241, 21.0), (243, 20.9), (300, 20.0)]

def hms(t):
    return "%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60)

def carry_forward(readings, step, end):
    out = []
    i = 0
    last = None
    for t in range(0, end + 1, step):
        while i < len(readings) and readings[i][0] <= t:
            last = readings[i][1]
            i += 1
        out.append((t, last))
    return out

def interpolate(readings, t):
    if t <= readings[0][0]:
        return readings[0][1]
    for (t0, v0), (t1, v1) in zip(readings, readings[1:]):
        if t0 <= t <= t1:
            return v0 + (v1 - v0) * (t - t0) / (t1 - t0)
    return readings[-1][1]

def buckets(readings, width):
    out = {}
    for t, v in readings:
        out.setdefault(t // width * width, []).append(v)
    return [(b, len(vs), min(vs), max(vs), sum(vs) / len(vs)) for b, vs in sorted(out.items())]

def gaps(readings, limit):
    return [(a[0], b[0]) for a, b in zip(readings, readings[1:]) if b[0] - a[0] > limit]

print("time      carry  interp")
cf = carry_forward(READINGS, 30, 300)
for t, v in cf:
    print("%s %5.1f %7.2f" % (hms(t + 3600 * 8), v, interpolate(READINGS, t)))
print("bucket     n    min    max    avg")
for b, n, lo, hi, avg in buckets(READINGS, 60):
    print("%s %2d %6.1f %6.1f %6.2f" % (hms(b), n, lo, hi, avg))
print("gaps over 40 s:", ["%s-%s" % (hms(a), hms(b)) for a, b in gaps(READINGS, 40)])
area = sum((t1 - t0) * (v0 + v1) / 2 for (t0, v0), (t1, v1) in zip(READINGS, READINGS[1:]))
print("time-weighted mean %.3f" % (area / (READINGS[-1][0] - READINGS[0][0])))
print(hms(86399), hms(3661), hms(0))

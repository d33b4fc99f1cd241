# Searching sorted sensor logs: binary search (lower/upper bound), range queries, interpolation search and a
# sorted insert that keeps the index ordered.
def lower_bound(a, x, key=lambda v: v):
    lo, hi = 0, len(a)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if key(a[mid]) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo, steps

def upper_bound(a, x, key=lambda v: v):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if key(a[mid]) <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def interpolation_search(a, x):
    lo, hi = 0, len(a) - 1
    probes = 0
    while lo <= hi and a[lo] <= x <= a[hi]:
        probes += 1
        if a[hi] == a[lo]:
            pos = lo
        else:
            pos = lo + (x - a[lo]) * (hi - lo) // (a[hi] - a[lo])
        if a[pos] == x:
            return pos, probes
        if a[pos] < x:
            lo = pos + 1
        else:
            hi = pos - 1
    return -1, probes

times = [t * 15 + (t % 4) for t in range(200)]
log = [(t, 20 + (t // 15) % 7) for t in times]
for q in (0, 1, 452, 453, 2999, 5000, -5):
    i, steps = lower_bound(times, q)
    j, probes = interpolation_search(times, q)
    exact = i < len(times) and times[i] == q
    print("t=%5d lower=%3d steps=%d exact=%s interp=%d in %d probes" % (q, i, steps, exact, j, probes))

lo, _ = lower_bound(log, 600, key=lambda r: r[0])
hi = upper_bound(log, 900, key=lambda r: r[0])
window = log[lo:hi]
print("records in [600, 900]:", len(window), "first", window[0], "last", window[-1])
print("avg value %.3f" % (sum(v for _, v in window) / len(window)))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for x in (2, 4, 5, 9, 0):
    print(x, "bounds", lower_bound(dups, x)[0], upper_bound(dups, x), "count", upper_bound(dups, x) - lower_bound(dups, x)[0])

def insort(a, x):
    i, _ = lower_bound(a, x)
    a.insert(i, x)

data = []
for v in (50, 10, 40, 10, 90, 30, 70, 20):
    insort(data, v)
print(data, data == sorted(data))

# Interval arithmetic for a meeting-room/irrigation scheduler: merge overlaps, find free slots, intersect two
# calendars and detect conflicts, with times shown as HH:MM.
def hm(m):
    return "%02d:%02d" % divmod(m, 60)

def parse(s):
    a, b = s.split("-")
    return (int(a[:2]) * 60 + int(a[3:]), int(b[:2]) * 60 + int(b[3:]))

def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out

def free(busy, day_start, day_end, min_len=0):
    slots = []
    cur = day_start
    for s, e in merge(busy):
        if s - cur >= max(min_len, 1):
            slots.append((cur, s))
        cur = max(cur, e)
    if day_end - cur >= max(min_len, 1):
        slots.append((cur, day_end))
    return slots

def intersect(a, b):
    i = j = 0
    out = []
    a, b = merge(a), merge(b)
    while i < len(a) and j < len(b):
        s, e = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if s < e:
            out.append((s, e))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out

def conflicts(intervals):
    found = []
    ordered = sorted(enumerate(intervals), key=lambda p: p[1])
    for (i, (s1, e1)), (j, (s2, e2)) in zip(ordered, ordered[1:]):
        if s2 < e1:
            found.append((i, j, e1 - s2))
    return found

fmt = lambda xs: ", ".join("%s-%s" % (hm(s), hm(e)) for s, e in xs)
alice = [parse(x) for x in ("09:00-10:30", "10:00-11:00", "13:00-14:00", "16:30-17:00")]
bob = [parse(x) for x in ("08:30-09:15", "11:30-12:30", "13:30-15:00")]
print("alice busy:", fmt(merge(alice)))
print("bob busy:  ", fmt(merge(bob)))
fa = free(alice, 8 * 60, 18 * 60)
fb = free(bob, 8 * 60, 18 * 60)
print("alice free:", fmt(fa))
print("bob free:  ", fmt(fb))
common = intersect(fa, fb)
print("common free:", fmt(common))
print("30+ min slots:", fmt([c for c in common if c[1] - c[0] >= 30]))
print("conflicts in alice:", [(i, j, "%d min" % m) for i, j, m in conflicts(alice)])
valves = [parse(x) for x in ("05:00-05:20", "05:15-05:40", "05:40-06:00", "06:10-06:30", "05:50-06:15")]
print("valve conflicts:", conflicts(valves))
print("total watering %d min, merged windows %s" % (sum(e - s for s, e in merge(valves)), fmt(merge(valves))))

# A generator pipeline over simulated sensor readings: parse lines, drop bad records, convert units,
# smooth with a moving window, detect threshold crossings and summarise per sensor.
RAW = """t1,0,20.5
t2,0,19.0
t1,1,21.0
t1,2,bad
t2,1,19.4
t1,3,23.5
t2,2,25.1
t1,4,24.0
t2,3,26.0
t1,5,22.0
t2,4,18.2
#comment
t1,6,21.5"""


def lines(text):
    for line in text.split("\n"):
        yield line.strip()


def records(src):
    for line in src:
        if not line or line.startswith("#"):
            continue
        name, t, value = line.split(",")
        try:
            yield name, int(t), float(value)
        except ValueError:
            print("skip", repr(line))


def fahrenheit(src):
    for name, t, c in src:
        yield name, t, c * 9 / 5 + 32


def smooth(src, n=3):
    windows = {}
    for name, t, v in src:
        w = windows.setdefault(name, [])
        w.append(v)
        if len(w) > n:
            w.pop(0)
        yield name, t, sum(w) / len(w)


def crossings(src, limit):
    state = {}
    for name, t, v in src:
        above = v > limit
        if state.get(name, False) != above:
            yield name, t, "up" if above else "down", v
        state[name] = above


pipeline = crossings(smooth(fahrenheit(records(lines(RAW)))), 71.0)
for name, t, direction, v in pipeline:
    print("%s t=%d %-4s %.2f" % (name, t, direction, v))
stats = {}
for name, t, v in smooth(records(lines(RAW)), 2):
    s = stats.setdefault(name, [0, 0.0, None, None])
    s[0] += 1
    s[1] += v
    s[2] = v if s[2] is None else min(s[2], v)
    s[3] = v if s[3] is None else max(s[3], v)
for name in sorted(stats):
    n, total, lo, hi = stats[name]
    print(name, n, "%.3f %.2f %.2f" % (total / n, lo, hi))
print(sum(1 for _ in records(lines(RAW))), max(v for _, _, v in records(lines(RAW))))

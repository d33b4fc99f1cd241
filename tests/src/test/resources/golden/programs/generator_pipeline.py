# A data pipeline built from generators: parse CSV-ish sensor data, clean, window, detect anomalies.
RAW = """ts,sensor,value
0,a,20.5
1,a,20.7
1,b,55
2,a,bad
3,a,21.0
3,b,57
4,a,35.2
5,a,21.3
5,b,
6,a,21.1
7,b,60
8,a,20.9
"""

def read_rows(text):
    lines = iter(text.strip().split("\n"))
    header = next(lines).split(",")
    for n, line in enumerate(lines, 2):
        yield n, dict(zip(header, line.split(",")))

def parse(rows, errors):
    for n, row in rows:
        try:
            yield int(row["ts"]), row["sensor"], float(row["value"])
        except ValueError as e:
            errors.append((n, str(e)))

def only_sensor(records, name):
    for ts, s, v in records:
        if s == name:
            yield ts, v

def moving_average(points, size):
    window = []
    for ts, v in points:
        window.append(v)
        if len(window) > size:
            window.pop(0)
        yield ts, v, sum(window) / len(window)

def anomalies(points, threshold):
    for ts, v, avg in points:
        flag = abs(v - avg) > threshold
        yield ts, v, avg, flag

errors = []
pipeline = anomalies(moving_average(only_sensor(parse(read_rows(RAW), errors), "a"), 3), 4.0)
for ts, v, avg, flag in pipeline:
    print("ts=%d value=%5.1f avg=%6.2f %s" % (ts, v, avg, "ANOMALY" if flag else ""))
print("errors", errors)
b_values = [v for _, v in only_sensor(parse(read_rows(RAW), []), "b")]
print("sensor b", b_values, "max", max(b_values))
counts = {}
for _, s, _ in parse(read_rows(RAW), []):
    counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items()))
gen = read_rows(RAW)
print(next(gen), next(gen)[0])
gen.close()
print(next(gen, "closed"))

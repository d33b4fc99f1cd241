# Read CSV sensor data (with quoted fields), aggregate per station and print an aligned report.
DATA = '''station,timestamp,temp_c,humidity,note
north,1000,21.5,40,ok
south,1000,19.0,55,"door open, draft"
north,1060,22.1,41,ok
east,1000,25.3,30,
south,1060,18.4,57,"says ""cold"""
north,1120,22.9,39,ok
east,1060,26.0,29,sunny
east,1120,,31,sensor glitch
south,1120,18.9,56,ok
'''

def split_csv(line):
    fields = []
    buf = ""
    quoted = False
    i = 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    buf += '"'
                    i += 1
                else:
                    quoted = False
            else:
                buf += c
        elif c == '"':
            quoted = True
        elif c == ",":
            fields.append(buf)
            buf = ""
        else:
            buf += c
        i += 1
    fields.append(buf)
    return fields

lines = [l for l in DATA.split("\n") if l]
header = split_csv(lines[0])
rows = [dict(zip(header, split_csv(l))) for l in lines[1:]]
print("columns:", header)
print("rows:", len(rows))

stats = {}
notes = []
for r in rows:
    st = stats.setdefault(r["station"], {"n": 0, "sum": 0.0, "min": None, "max": None, "hum": [], "missing": 0})
    if r["note"] and r["note"] != "ok":
        notes.append((r["station"], r["timestamp"], r["note"]))
    st["hum"].append(int(r["humidity"]))
    if r["temp_c"] == "":
        st["missing"] += 1
        continue
    t = float(r["temp_c"])
    st["n"] += 1
    st["sum"] += t
    st["min"] = t if st["min"] is None else min(st["min"], t)
    st["max"] = t if st["max"] is None else max(st["max"], t)

print()
print("{:<8}|{:>4}|{:>7}|{:>7}|{:>7}|{:>6}|{:>4}".format("station", "n", "min", "max", "avg", "hum", "gap"))
print("-" * 50)
for name in sorted(stats):
    s = stats[name]
    avg = s["sum"] / s["n"]
    hum = sum(s["hum"]) / len(s["hum"])
    print("{:<8}|{:>4}|{:>7.1f}|{:>7.1f}|{:>7.2f}|{:>6.1f}|{:>4}".format(name, s["n"], s["min"], s["max"], avg, hum, s["missing"]))
print("-" * 50)
allt = [float(r["temp_c"]) for r in rows if r["temp_c"]]
print("overall avg %.3f over %d readings" % (sum(allt) / len(allt), len(allt)))
print()
print("notes:")
for st, ts, note in notes:
    print("  %-6s @%s: %s" % (st, ts, note))

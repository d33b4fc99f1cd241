# Chained generator pipeline processing log lines lazily.
LOG = """\
2024-01-01 INFO start service
2024-01-01 WARN disk 81%
2024-01-02 ERROR failed to open db
2024-01-02 INFO retry
2024-01-03 ERROR timeout after 30s
2024-01-03 INFO stop service
"""

def lines(text):
    for line in text.split("\n"):
        if line:
            yield line

def parse(ls):
    for line in ls:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}

def only(level, records):
    for r in records:
        if r["level"] == level:
            yield r

def numbered(records):
    n = 0
    for r in records:
        n += 1
        yield n, r

for n, r in numbered(only("ERROR", parse(lines(LOG)))):
    print(n, r["date"], r["msg"])

counts = {}
for r in parse(lines(LOG)):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(sorted(counts.items()))
by_date = {}
for r in parse(lines(LOG)):
    by_date.setdefault(r["date"], []).append(r["level"])
for d in sorted(by_date):
    print(d, ",".join(by_date[d]))
first_warn = next(only("WARN", parse(lines(LOG))))
print(first_warn["msg"])
print(any(r["msg"].startswith("timeout") for r in parse(lines(LOG))))

# Parse device log lines with the re module: timestamps, levels, key=value pairs; summarise per level and module.
import re

LOG = """2024-03-01 12:00:01 INFO  [wifi] connected ssid=home rssi=-61
2024-03-01 12:00:02 DEBUG [sensor] read temp=21.4 hum=40
2024-03-01 12:00:05 WARN  [sensor] read temp=85.0 hum=3 out-of-range
2024-03-01 12:00:07 ERROR [mqtt] publish failed code=5 retry=1
garbage line here
2024-03-01 12:00:09 INFO  [mqtt] publish ok topic=home/temp bytes=42
2024-03-01 12:01:00 ERROR [wifi] lost link reason=beacon_timeout
2024-03-01 12:01:03 INFO  [wifi] connected ssid=home rssi=-70
2024-03-01 12:01:04 DEBUG [sensor] read temp=21.6 hum=41"""

LINE = re.compile(r"^(\d\d\d\d)-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) +([A-Z]+) +\[(\w+)\] (.*)$")
KV = re.compile(r"(\w+)=([\w/.\-]+)")

def pairs(text):
    out = {}
    while True:
        m = KV.search(text)
        if not m:
            break
        out[m.group(1)] = m.group(2)
        text = text[text.find(m.group(0)) + len(m.group(0)):]
    return out

entries = []
rejected = 0
for line in LOG.split("\n"):
    m = LINE.match(line)
    if not m:
        rejected += 1
        continue
    secs = int(m.group(4)) * 3600 + int(m.group(5)) * 60 + int(m.group(6))
    entries.append((secs, m.group(7), m.group(8), m.group(9), pairs(m.group(9))))

print("parsed", len(entries), "rejected", rejected)
by_level = {}
by_mod = {}
for secs, level, mod, msg, kv in entries:
    by_level[level] = by_level.get(level, 0) + 1
    by_mod.setdefault(mod, []).append(level)
for lvl in ("DEBUG", "INFO", "WARN", "ERROR"):
    print("%-5s %s" % (lvl, "#" * by_level.get(lvl, 0)))
for mod in sorted(by_mod):
    print("%-6s %s" % (mod, ",".join(by_mod[mod])))

temps = [float(kv["temp"]) for _, _, _, _, kv in entries if "temp" in kv]
print("temps", temps, "valid", [t for t in temps if t < 60])
rssi = [int(kv["rssi"]) for _, _, _, _, kv in entries if "rssi" in kv]
print("rssi avg %.1f" % (sum(rssi) / len(rssi)))
errors = [(s, mod, kv) for s, lvl, mod, _, kv in entries if lvl == "ERROR"]
for s, mod, kv in errors:
    print("error at %02d:%02d:%02d in %s: %s" % (s // 3600, s // 60 % 60, s % 60, mod, sorted(kv.items())))
gaps = [b[0] - a[0] for a, b in zip(entries, entries[1:])]
print("max gap", max(gaps), "s")
print(re.sub(r"\d", "#", entries[0][3]))
print(re.sub(r"(\w+)=(\S+)", r"\2<-\1", "a=1 b=two c=3.5"))
print(re.match(r"\s*(\w+)\s*:\s*(.*)", "  key :  the value ").group(2))
print(re.compile(r"[,;]\s*").split("a, b;c ,d"))
print(bool(re.search(r"out-of-range$", entries[2][3])), re.search(r"x+", "abc"))

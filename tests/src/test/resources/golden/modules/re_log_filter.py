# A regex-based log filter: parse log lines with a compiled pattern, filter by level and component,
# extract durations with search, and redact IP addresses with sub.
import re

LOG = """2024-05-01 12:00:01 INFO  net: link up on wlan0 (192.168.1.20)
2024-05-01 12:00:03 WARN  net: dhcp lease short, renew in 30s
2024-05-01 12:00:04 ERROR fs: write failed errno=28
2024-05-01 12:00:05 INFO  app: request took 125ms from 10.0.0.7
2024-05-01 12:00:06 DEBUG app: cache hit key=user:42
garbage line without structure
2024-05-01 12:00:09 INFO  app: request took 87ms from 10.0.0.8
2024-05-01 12:00:10 ERROR net: timeout after 3000ms contacting 8.8.8.8"""

LINE = re.compile(r"(\d+-\d+-\d+) (\d+:\d+:\d+) (\w+) +(\w+): (.*)")
DURATION = re.compile(r"(\d+)ms")
IP = re.compile(r"\d+\.\d+\.\d+\.\d+")
LEVELS = {"DEBUG": 10, "INFO": 20, "WARN": 30, "ERROR": 40}


def parse(text):
    for raw in text.split("\n"):
        m = LINE.match(raw)
        if m is None:
            print("unparsed:", repr(raw))
            continue
        yield {"date": m.group(1), "time": m.group(2), "level": m.group(3), "comp": m.group(4), "msg": m.group(5)}


records = list(parse(LOG))
print(len(records), records[0]["comp"], records[-1]["level"])
for r in records:
    if LEVELS[r["level"]] >= LEVELS["WARN"]:
        print(r["time"], r["level"], r["comp"], r["msg"])
durations = []
for r in records:
    m = DURATION.search(r["msg"])
    if m:
        durations.append((r["comp"], int(m.group(1))))
print(durations, sum(d for _, d in durations))
for r in records:
    if IP.search(r["msg"]):
        print(IP.sub("x.x.x.x", r["msg"]))
print(re.sub(r"(\w+)=(\w+)", r"\2<-\1", "errno=28 key=val"), re.match("a+", "aaab").group(0))
print(re.search(r"user:(\d+)", LOG).group(1), re.match(r"\d", "x"), bool(re.search("ERROR", LOG)))
words = re.compile(r"[a-z]+")
print(words.split("one1two22three") if hasattr(words, "split") else "no split")

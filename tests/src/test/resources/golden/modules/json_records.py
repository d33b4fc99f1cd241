# JSON lines: serialising records, reading them back, aggregating and re-emitting a summary.
import json
records = [
    {"id": 1, "city": "Oslo", "temp": -3.5, "tags": ["cold"]},
    {"id": 2, "city": "Cairo", "temp": 31.0, "tags": ["hot", "dry"]},
    {"id": 3, "city": "Lima", "temp": 18.25, "tags": []},
    {"id": 4, "city": "Oslo", "temp": -1.0, "tags": ["cold", "windy"]},
]
lines = [json.dumps(r, separators=(",", ":")) for r in records]
for line in lines:
    print(len(line), json.loads(line)["city"])
back = [json.loads(l) for l in lines]
print(back == records)
by_city = {}
for r in back:
    by_city.setdefault(r["city"], []).append(r["temp"])
summary = [{"city": c, "mean": sum(t) / len(t), "n": len(t)} for c, t in sorted(by_city.items())]
for s in summary:
    print(s["city"], s["n"], s["mean"])
print(json.dumps(sorted(set(t for r in records for t in r["tags"]))))
print(json.loads(json.dumps({"nested": [[1, 2], {"k": None}]}))["nested"][1])

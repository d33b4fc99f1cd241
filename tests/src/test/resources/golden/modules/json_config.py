# Parsing a JSON configuration and validating it with defaults.
import json
RAW = """
{
  "device": "thermo-1",
  "interval_s": 30,
  "sensors": [
    {"id": "t1", "type": "temp", "offset": -0.5},
    {"id": "h1", "type": "humidity"},
    {"id": "t2", "type": "temp", "offset": 1.25, "enabled": false}
  ],
  "limits": {"temp": [-10, 45], "humidity": [20, 80]}
}
"""
DEFAULTS = {"offset": 0.0, "enabled": True}
cfg = json.loads(RAW)
print("device", cfg["device"], "every", cfg["interval_s"], "s")
active = []
for s in cfg["sensors"]:
    full = dict(DEFAULTS)
    full.update(s)
    print("%-3s %-9s offset=%+.2f enabled=%s" % (full["id"], full["type"], full["offset"], full["enabled"]))
    if full["enabled"]:
        active.append(full["id"])
print("active", active)
readings = {"t1": 21.0, "h1": 85, "t2": 50.0}
for sid in active:
    s = [x for x in cfg["sensors"] if x["id"] == sid][0]
    lo, hi = cfg["limits"][s["type"]]
    v = readings[sid] + s.get("offset", 0)
    print(sid, v, "OK" if lo <= v <= hi else "OUT OF RANGE")
print(json.dumps({"active": active, "count": len(active)}))

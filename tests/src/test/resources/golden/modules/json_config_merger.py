# A JSON configuration merger: defaults, a site file and overrides are deep-merged, lists replaced or
# appended by a marker, dotted-path lookups, validation, and the result dumped with sorted keys by hand.
import json

DEFAULTS = '{"net": {"ssid": "", "retries": 3, "dns": ["1.1.1.1"]}, "log": {"level": "info", "sinks": ["uart"]}, "debug": false}'
SITE = '{"net": {"ssid": "lab", "dns": ["10.0.0.1", "10.0.0.2"]}, "log": {"sinks+": ["file"]}, "name": "node-7"}'
OVERRIDE = '{"debug": true, "net": {"retries": 5}, "log": {"level": "warn"}, "extra": null}'


def merge(base, over):
    out = dict(base)
    for k, v in over.items():
        if k.endswith("+") and isinstance(v, list):
            key = k[:-1]
            out[key] = list(out.get(key, [])) + v
        elif isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


def lookup(cfg, path, default=None):
    node = cfg
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = ['%s  %s: %s' % (pad, json.dumps(k), dump(obj[k], indent + 1)) for k in sorted(obj)]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    return json.dumps(obj)


cfg = merge(merge(json.loads(DEFAULTS), json.loads(SITE)), json.loads(OVERRIDE))
print(dump(cfg))
for path in ("net.ssid", "net.retries", "log.sinks", "log.level", "net.mask", "name.first", "extra"):
    print(path, "=", json.dumps(lookup(cfg, path, "<unset>")))
errors = []
if not isinstance(lookup(cfg, "net.retries"), int) or lookup(cfg, "net.retries") < 0:
    errors.append("net.retries")
if lookup(cfg, "log.level") not in ("debug", "info", "warn", "error"):
    errors.append("log.level")
print("valid" if not errors else errors)
round_trip = json.loads(json.dumps(cfg))
print(round_trip == cfg, sorted(round_trip), json.dumps([1, "a", None, True, 2.5, {"k": []}]))
for bad in ('{"a": }', "[1, 2", '{"a" 1}', "tru", ""):
    try:
        json.loads(bad)
    except ValueError as e:
        print("ValueError for", repr(bad))

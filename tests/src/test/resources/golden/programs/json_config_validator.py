# Load a JSON device configuration, validate it against a small schema, apply defaults and dump it back canonically.
import json

SCHEMA = {
    "name": {"type": str, "required": True},
    "version": {"type": int, "min": 1, "max": 10, "default": 1},
    "sample_rate": {"type": (int, float), "min": 0.1, "max": 1000, "default": 10},
    "channels": {"type": list, "item": str, "default": []},
    "wifi": {"type": dict, "schema": {
        "ssid": {"type": str, "required": True},
        "channel": {"type": int, "min": 1, "max": 13, "default": 6},
        "hidden": {"type": bool, "default": False},
    }},
    "thresholds": {"type": dict, "values": (int, float), "default": {}},
}

def tname(t):
    if isinstance(t, tuple):
        return "/".join(x.__name__ for x in t)
    return t.__name__

def validate(obj, schema, path=""):
    errors = []
    out = {}
    if not isinstance(obj, dict):
        return None, ["%s: expected object" % (path or "root")]
    for key in sorted(obj):
        if key not in schema:
            errors.append("%s%s: unknown key" % (path, key))
    for key in sorted(schema):
        rule = schema[key]
        where = path + key
        if key not in obj:
            if rule.get("required"):
                errors.append("%s: missing" % where)
            elif "default" in rule:
                out[key] = rule["default"]
            continue
        v = obj[key]
        t = rule["type"]
        if isinstance(v, bool) and t is not bool and not (isinstance(t, tuple) and bool in t):
            errors.append("%s: expected %s, got bool" % (where, tname(t)))
            continue
        if not isinstance(v, t):
            errors.append("%s: expected %s, got %s" % (where, tname(t), type(v).__name__))
            continue
        if "min" in rule and v < rule["min"]:
            errors.append("%s: %r below %r" % (where, v, rule["min"]))
        if "max" in rule and v > rule["max"]:
            errors.append("%s: %r above %r" % (where, v, rule["max"]))
        if "item" in rule:
            for i, item in enumerate(v):
                if not isinstance(item, rule["item"]):
                    errors.append("%s[%d]: expected %s" % (where, i, tname(rule["item"])))
        if "values" in rule:
            for k2 in sorted(v):
                if not isinstance(v[k2], rule["values"]):
                    errors.append("%s.%s: expected number" % (where, k2))
        if "schema" in rule:
            v, sub = validate(v, rule["schema"], where + ".")
            errors.extend(sub)
        out[key] = v
    return out, errors

def canonical(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = ["%s  %s: %s" % (pad, json.dumps(k), canonical(v[k], indent + 1)) for k in sorted(v)]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        return "[" + ", ".join(canonical(x, indent) for x in v) + "]"
    return json.dumps(v)

DOCS = [
    '{"name": "greenhouse", "version": 2, "sample_rate": 2.5, "channels": ["t1", "t2"],'
    ' "wifi": {"ssid": "farm", "hidden": true}, "thresholds": {"t1": 30, "t2": 28.5}}',
    '{"name": "bad", "version": 0, "sample_rate": true, "channels": ["a", 3],'
    ' "wifi": {"channel": 14, "pwd": "x"}, "thresholds": {"x": "hot"}, "extra": null}',
    '{"version": 3}',
    '[1, 2, 3]',
    '{"name": "broken", ',
]
for i, doc in enumerate(DOCS):
    print("--- document", i)
    try:
        data = json.loads(doc)
    except ValueError as e:
        print("invalid JSON:", type(e).__name__)
        continue
    cfg, errs = validate(data, SCHEMA)
    if errs:
        for e in errs:
            print("  error:", e)
    else:
        print(canonical(cfg))
        again = json.loads(json.dumps(cfg))
        print("round trip equal:", again == cfg)

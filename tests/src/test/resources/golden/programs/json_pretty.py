# A tiny JSON pretty printer and a validator written by hand (not using the json module's output).
def escape(s):
    out = []
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif ord(c) < 32:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'

def pretty(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + pretty(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [inner + escape(str(k)) + ": " + pretty(value[k], indent + step, step) for k in sorted(value)]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError("cannot serialise " + type(value).__name__)

def stats(value, depth=0, acc=None):
    if acc is None:
        acc = {"max_depth": 0, "scalars": 0, "containers": 0}
    acc["max_depth"] = max(acc["max_depth"], depth)
    if isinstance(value, dict):
        acc["containers"] += 1
        for v in value.values():
            stats(v, depth + 1, acc)
    elif isinstance(value, (list, tuple)):
        acc["containers"] += 1
        for v in value:
            stats(v, depth + 1, acc)
    else:
        acc["scalars"] += 1
    return acc

doc = {
    "name": "weather \"station\"",
    "id": 42,
    "active": True,
    "location": {"lat": 52.52, "lon": 13.405, "alt": None},
    "readings": [{"t": 21.5, "h": 40}, {"t": 19.0, "h": 55}, []],
    "tags": ["outdoor", "roof\nnorth"],
    "empty": {},
}
text = pretty(doc)
print(text)
print(stats(doc))
try:
    pretty({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
import json
print(json.loads(text) == json.loads(json.dumps(doc)))

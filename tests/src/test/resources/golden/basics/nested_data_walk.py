# Walking nested data (dicts, lists, tuples): collecting paths to leaves, counting types, finding
# values by predicate, and rebuilding a transformed copy without mutating the original.
doc = {
    "device": {"id": 7, "name": "probe", "tags": ["lab", "beta"], "pos": (1.5, -2.0)},
    "readings": [{"t": 0, "v": 20.5}, {"t": 1, "v": None}, {"t": 2, "v": 21.0}],
    "ok": True,
    "notes": [],
}


def leaves(node, path=()):
    if isinstance(node, dict):
        for k in sorted(node):
            yield from leaves(node[k], path + (k,))
    elif isinstance(node, (list, tuple)) and node:
        for i, v in enumerate(node):
            yield from leaves(v, path + (i,))
    else:
        yield path, node


for path, value in leaves(doc):
    print("/".join(str(p) for p in path), "=", repr(value))
counts = {}
for _, v in leaves(doc):
    counts[type(v).__name__] = counts.get(type(v).__name__, 0) + 1
print(sorted(counts.items()))
print([p for p, v in leaves(doc) if isinstance(v, float) and v > 0])


def transform(node, f):
    if isinstance(node, dict):
        return {k: transform(v, f) for k, v in node.items()}
    if isinstance(node, list):
        return [transform(v, f) for v in node]
    if isinstance(node, tuple):
        return tuple(transform(v, f) for v in node)
    return f(node)


scaled = transform(doc, lambda v: v * 10 if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
print(scaled["device"]["pos"], scaled["readings"][2], scaled["ok"], doc["readings"][2])
print(scaled == doc, transform(doc, lambda v: v) == doc)

# A paginated "API" consumed through generators: a fake server with cursors, a generator that follows
# pages and retries on transient errors, and a consumer that stops early.
DATA = ["item%02d" % i for i in range(23)]
failures = {"c5": 1, "c15": 2}


def server(cursor, limit):
    start = int(cursor[1:]) if cursor else 0
    key = "c%d" % start
    if failures.get(key, 0) > 0:
        failures[key] -= 1
        raise OSError("transient failure at " + key)
    page = DATA[start:start + limit]
    nxt = "c%d" % (start + limit) if start + limit < len(DATA) else None
    return {"items": page, "next": nxt}


def fetch_all(limit=5, retries=3):
    cursor = None
    pages = 0
    while True:
        for attempt in range(retries):
            try:
                resp = server(cursor, limit)
                break
            except OSError as e:
                print("retry", attempt + 1, e)
        else:
            raise RuntimeError("gave up")
        pages += 1
        for item in resp["items"]:
            yield pages, item
        cursor = resp["next"]
        if cursor is None:
            return pages


collected = []
for page, item in fetch_all():
    collected.append(item)
    if item.endswith("3"):
        print("page", page, "has", item)
print(len(collected), collected[:3], collected[-2:])
failures["c8"] = 5
gen = fetch_all(limit=4, retries=2)
got = []
try:
    for page, item in gen:
        got.append(item)
except RuntimeError as e:
    print("RuntimeError", e, "after", len(got))
early = fetch_all(limit=10)
first = [next(early) for _ in range(3)]
early.close()
print(first)

# collections: namedtuple, OrderedDict, deque, defaultdict where available.
try:
    from collections import namedtuple, OrderedDict, deque
except ImportError:
    print("SKIP")
    raise SystemExit

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p), p == (3, 4), tuple(p))
q = Point(y=1, x=2)
print(q, q.x + q.y, isinstance(q, tuple))
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100)]
print(sorted(staff, key=lambda e: e.salary)[0].name, sum(e.salary for e in staff if e.dept == "eng"))
od = OrderedDict()
for k in ["zeta", "alpha", "mike", "bravo"]:
    od[k] = len(k)
print(od, list(od), list(od.values()))
od["alpha"] = 99
del od["zeta"]
od["new"] = 0
print(list(od.items()))
print(od.popitem(), list(od))
dq = deque((), 5)
for i in range(7):
    dq.append(i)
print(len(dq))
print(dq.popleft(), dq.pop(), len(dq))
dq.appendleft(-1)
print(dq.popleft(), dq.popleft())

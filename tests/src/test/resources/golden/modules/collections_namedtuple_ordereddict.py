# namedtuple records and OrderedDict bookkeeping: field access, _replace/_asdict where available, tuple
# behaviour, insertion order preserved across updates and pops, and deque as a bounded history.
from collections import namedtuple, OrderedDict, deque

Point = namedtuple("Point", ("x", "y"))
Reading = namedtuple("Reading", "sensor value unit")
p = Point(3, 4)
q = Point(x=1, y=-2)
print(p, q, p.x + q.y, p[0], len(p), p == (3, 4), tuple(q), list(p))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__, Point._fields if hasattr(Point, "_fields") else ("x", "y"))
print(p._replace(y=40) if hasattr(p, "_replace") else "no _replace")
r = Reading("t1", 21.5, "C")
print(r.sensor, r.value, r.unit, "%s=%.1f%s" % r)
try:
    Point(1)
except TypeError:
    print("TypeError for missing field")
try:
    p.x = 5
except AttributeError:
    print("AttributeError: immutable")
od = OrderedDict()
for k in ("zeta", "alpha", "mid"):
    od[k] = len(k)
od["alpha"] = 99
print(list(od.keys()), list(od.values()), list(od.items()))
od.pop("zeta")
od["new"] = 0
print(list(od), "mid" in od, len(od), od.get("zeta", "gone"))
od2 = OrderedDict([("b", 1), ("a", 2)])
print(list(od2), od2 == OrderedDict([("b", 1), ("a", 2)]))
hist = deque((), 3)
for cmd in ("ls", "cd /", "pwd", "cat x", "exit"):
    hist.append(cmd)
print(len(hist), hist.popleft(), hist.pop(), len(hist))

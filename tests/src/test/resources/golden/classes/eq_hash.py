# __eq__ and __hash__ make objects usable as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)

pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4)]
unique = []
seen = set()
for p in pts:
    if p not in seen:
        seen.add(p)
        unique.append(p)
print(unique, len(seen))
visits = {}
for p in pts:
    visits[p] = visits.get(p, 0) + 1
print(sorted((p.x, p.y, n) for p, n in visits.items()))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
print(pts.count(Point(3, 4)), pts.index(Point(0, 0)))

class NoHash:
    def __eq__(self, other):
        return True
    __hash__ = None

try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5)

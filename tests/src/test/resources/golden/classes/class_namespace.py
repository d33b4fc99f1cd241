# What a class body leaves in the class namespace (__module__, __qualname__), and __dict__ as a read-only snapshot.
class Sensor:
    kind = "generic"

    def __init__(self, pin):
        self.pin = pin

    def read(self):
        return 0

class Thermo(Sensor):
    kind = "thermo"

print(sorted(Sensor.__dict__.keys()))
print(sorted(Thermo.__dict__.keys()))
print(Sensor.__module__, Thermo.__module__, Thermo.__qualname__, Thermo.__name__)
s = Thermo(4)
print(s.__module__, s.kind, Sensor.__dict__["kind"], Thermo.__dict__["kind"])

def factory(n):
    class Local:
        size = n
    return Local

L = factory(3)
print(L.__name__, L.__qualname__, L.size, sorted(L.__dict__))

snap = Sensor.__dict__
for op in ("store", "delete", "update", "clear", "setdefault", "pop", "popitem"):
    try:
        if op == "store":
            snap["x"] = 1
        elif op == "delete":
            del snap["kind"]
        elif op == "update":
            snap.update(y=2)
        elif op == "clear":
            snap.clear()
        elif op == "setdefault":
            snap.setdefault("kind", "z")
        elif op == "pop":
            snap.pop("kind")
        else:
            snap.popitem()
        print(op, "allowed")
    except TypeError as e:
        print(op, "refused", repr(e))
copy = snap.copy()
copy["extra"] = True
print(sorted(copy), "kind" in snap, len(snap) == len(copy) - 1)

s.calibrated = True
inst = s.__dict__
print(sorted(inst.items()))
try:
    inst["pin"] = 99
except TypeError:
    print("instance __dict__ is read-only too")
s.pin = 7
print(inst["pin"], s.__dict__["pin"], inst == s.__dict__)
Sensor.kind = "changed"
print(snap["kind"], Sensor.kind, Thermo.kind)

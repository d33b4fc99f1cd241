# __getattr__ and __setattr__ used for a register proxy, a recording proxy and attribute defaults.
class Registers:
    LAYOUT = {"ctrl": 0x00, "status": 0x04, "data": 0x08}

    def __init__(self):
        object.__setattr__(self, "mem", {})
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        if name in self.LAYOUT:
            addr = self.LAYOUT[name]
            v = self.mem.get(addr, 0)
            self.log.append("rd %02x=%x" % (addr, v))
            return v
        raise AttributeError("no register " + name)

    def __setattr__(self, name, value):
        if name not in self.LAYOUT:
            raise AttributeError("cannot set " + name)
        addr = self.LAYOUT[name]
        self.mem[addr] = value & 0xFFFF
        self.log.append("wr %02x=%x" % (addr, value & 0xFFFF))

r = Registers()
r.ctrl = 0x1234
r.data = 0x1FFFF
r.ctrl |= 0x8000
print(hex(r.ctrl), hex(r.data), r.status)
for bad in ("bogus",):
    try:
        getattr(r, bad)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        setattr(r, bad, 1)
    except AttributeError as e:
        print("AttributeError:", e)
print(r.log)
print(hasattr(r, "data"), hasattr(r, "nothing"), getattr(r, "nothing", "default"))

class Recorder:
    def __init__(self, target):
        self._target = target
        self._calls = []

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr
        def wrapper(*args, **kw):
            self._calls.append((name, args, tuple(sorted(kw.items()))))
            return attr(*args, **kw)
        return wrapper

rec = Recorder([3, 1, 2])
rec.append(0)
rec.sort()
rec.insert(0, 9)
print(rec._target, rec.count(9), rec.index(2))
print(rec._calls)

class Defaults:
    color = "red"

    def __getattr__(self, name):
        return "<default %s>" % name

d = Defaults()
d.size = 3
print(d.color, d.size, d.shape, d.__class__.__name__)

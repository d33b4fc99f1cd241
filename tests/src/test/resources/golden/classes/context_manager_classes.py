# Context managers as classes and nesting: a register-bank transaction, an indentation printer, timing-free
# profiling counters, and reusing one manager object twice.
class Indenter:
    def __init__(self):
        self.level = 0
        self.lines = []

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1
        return False

    def say(self, text):
        self.lines.append("    " * self.level + text)

ind = Indenter()
ind.say("root")
with ind:
    ind.say("config")
    with ind:
        ind.say("wifi")
        with ind:
            ind.say("ssid=lab")
        ind.say("mqtt")
    ind.say("sensors")
ind.say("end")
print("\n".join(ind.lines))

class Counted:
    calls = {}

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Counted.calls[self.name] = Counted.calls.get(self.name, 0) + 1
        return self.name

    def __exit__(self, et, ev, tb):
        if et is KeyError:
            print("  %s: swallowed KeyError %s" % (self.name, ev))
            return True

for i in range(5):
    with Counted("loop") as n:
        if i == 3:
            {}[i]
with Counted("once"):
    pass
print(sorted(Counted.calls.items()))

class RegisterBank:
    def __init__(self):
        self.regs = [0] * 4
        self.pending = None

    def __enter__(self):
        self.pending = list(self.regs)
        return self.pending

    def __exit__(self, et, ev, tb):
        if et is None:
            self.regs = self.pending
            print("  commit", self.regs)
        else:
            print("  discard after", et.__name__)
        self.pending = None

bank = RegisterBank()
with bank as r:
    r[0] = 0x11
    r[3] = 0x44
try:
    with bank as r:
        r[1] = 0x22
        r[9] = 1
except IndexError as e:
    print("IndexError:", e)
print(bank.regs)
with bank as r:
    pass
mgr = Counted("reused")
with mgr:
    pass
with mgr as name:
    print("reused manager gives", name)
print(Counted.calls["reused"])

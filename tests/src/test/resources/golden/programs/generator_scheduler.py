# A cooperative round-robin scheduler built on generators: tasks yield sleep requests, messages go through mailboxes.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

class Send:
    def __init__(self, to, msg):
        self.to = to
        self.msg = msg

class Recv:
    pass

class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.waiting = {}
        self.mailbox = {}
        self.log = []

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
        self.mailbox[name] = []

    def run(self, limit=100):
        while (self.ready or self.sleeping) and self.now < limit:
            if not self.ready:
                self.sleeping.sort(key=lambda t: t[0])
                wake, name, gen = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, gen, None))
                continue
            name, gen, value = self.ready.pop(0)
            try:
                req = gen.send(value)
            except StopIteration as e:
                self.log.append("%3d %s finished -> %r" % (self.now, name, e.value))
                continue
            if isinstance(req, Sleep):
                self.sleeping.append((self.now + req.ticks, name, gen))
            elif isinstance(req, Send):
                if req.to in self.waiting:
                    g = self.waiting.pop(req.to)
                    self.ready.append((req.to, g, req.msg))
                else:
                    self.mailbox[req.to].append(req.msg)
                self.ready.append((name, gen, True))
            elif isinstance(req, Recv):
                if self.mailbox[name]:
                    self.ready.append((name, gen, self.mailbox[name].pop(0)))
                else:
                    self.waiting[name] = gen
            else:
                self.ready.append((name, gen, None))

def blinker(sched, period, count):
    state = 0
    for _ in range(count):
        state ^= 1
        sched.log.append("%3d led %s" % (sched.now, "on" if state else "off"))
        yield Sleep(period)
    return "blinked %d" % count

def sensor(sched, values):
    for v in values:
        yield Sleep(7)
        yield Send("filter", v)
    yield Send("filter", None)
    return "sent %d" % len(values)

def filt(sched):
    window = []
    out = 0
    while True:
        v = yield Recv()
        if v is None:
            break
        window.append(v)
        if len(window) > 3:
            window.pop(0)
        avg = sum(window) / len(window)
        sched.log.append("%3d filter got %d avg %.2f" % (sched.now, v, avg))
        out += 1
    return out

s = Scheduler()
s.spawn("blink", blinker(s, 5, 6))
s.spawn("sensor", sensor(s, [10, 14, 9, 30, 12]))
s.spawn("filter", filt(s))
s.run()
print("\n".join(s.log))
print("final tick", s.now)

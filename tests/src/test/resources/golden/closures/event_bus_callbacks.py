# An event bus with closures as handlers: subscribe/unsubscribe tokens, once-handlers, handlers that
# capture per-subscriber state, and errors in one handler not stopping the others.
class Bus:
    def __init__(self):
        self.handlers = {}
        self.next_id = 1

    def on(self, event, fn):
        token = self.next_id
        self.next_id += 1
        self.handlers.setdefault(event, []).append((token, fn))
        return token

    def once(self, event, fn):
        token = None

        def wrapper(*a):
            self.off(event, token)
            return fn(*a)
        token = self.on(event, wrapper)
        return token

    def off(self, event, token):
        self.handlers[event] = [(t, f) for t, f in self.handlers.get(event, []) if t != token]

    def emit(self, event, *args):
        results = []
        for token, fn in list(self.handlers.get(event, [])):
            try:
                results.append(fn(*args))
            except Exception as e:
                results.append("error in %d: %s %s" % (token, type(e).__name__, e))
        return results


bus = Bus()


def make_counter(name):
    seen = []

    def handler(value):
        seen.append(value)
        return "%s#%d:%s" % (name, len(seen), value)
    return handler


a = bus.on("data", make_counter("A"))
b = bus.on("data", make_counter("B"))
bus.once("data", lambda v: "once:" + str(v))
bus.on("data", lambda v: 1 / v)
print(bus.emit("data", 1))
print(bus.emit("data", 0))
bus.off("data", a)
print(bus.emit("data", 2))
print(bus.emit("nothing"), sorted(bus.handlers), [t for t, _ in bus.handlers["data"]])
totals = {}


def accumulate(key):
    def add(n):
        totals[key] = totals.get(key, 0) + n
        return totals[key]
    return add


for k in ("x", "y"):
    bus.on("num", accumulate(k))
for n in (1, 2, 3):
    bus.emit("num", n)
print(sorted(totals.items()))

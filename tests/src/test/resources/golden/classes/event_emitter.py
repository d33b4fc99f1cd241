# An event emitter with bound-method callbacks, once-handlers, priorities, and a handler that raises.
class Emitter:
    def __init__(self):
        self.handlers = {}
        self.errors = []

    def on(self, event, fn, priority=0, once=False):
        lst = self.handlers.setdefault(event, [])
        lst.append((priority, len(lst), fn, once))
        lst.sort(key=lambda h: (-h[0], h[1]))
        return fn

    def once(self, event, fn):
        return self.on(event, fn, once=True)

    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] != fn]
        return before - len(self.handlers[event])

    def emit(self, event, *args, **kw):
        called = 0
        for h in list(self.handlers.get(event, [])):
            prio, seq, fn, once = h
            if once:
                self.handlers[event].remove(h)
            try:
                fn(*args, **kw)
            except Exception as e:
                self.errors.append("%s in %s handler: %s" % (type(e).__name__, event, e))
            called += 1
        return called

class Display:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def show(self, text, color="white"):
        self.lines.append("[%s] %s (%s)" % (self.name, text, color))

class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, *args, **kw):
        self.n += 1

em = Emitter()
lcd = Display("lcd")
oled = Display("oled")
count = Counter()
log = []
em.on("msg", lcd.show)
em.on("msg", oled.show, priority=5)
em.on("msg", count)
em.once("msg", lambda text, **kw: log.append("first message: " + text))
em.on("alarm", lambda level: log.append("alarm level %d" % level), priority=1)
em.on("alarm", lambda level: 1 / (level - 3))

print(em.emit("msg", "boot ok"))
print(em.emit("msg", "temp 21C", color="green"))
print(em.emit("alarm", 2), em.emit("alarm", 3), em.emit("nothing"))
print(em.off("msg", lcd.show), em.off("msg", lcd.show))
em.emit("msg", "after off")
print("\n".join(lcd.lines + oled.lines))
print(log)
print("counter", count.n)
print(em.errors)
print(lcd.show == lcd.show, lcd.show == oled.show, lcd.show != lcd.show, count == count)

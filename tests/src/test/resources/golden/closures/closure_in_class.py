# Closures capturing self, methods returning closures, and class-body scope rules.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def emit(self, event, *args):
        for h in self.handlers.get(event, []):
            self.log.append(h(*args))
        return len(self.handlers.get(event, []))

bus = EventBus()

@bus.on("greet")
def hello(name):
    return "hello " + name

@bus.on("greet")
def shout(name):
    return name.upper() + "!"

@bus.on("sum")
def add(*xs):
    return sum(xs)

print(bus.emit("greet", "ann"), bus.emit("sum", 1, 2, 3), bus.emit("none"))
print(bus.log)

class Scope:
    x = 5
    y = [x * 2 for _ in range(2)] if False else None
    def get_x(self):
        return self.x

print(Scope().get_x(), Scope.y)

def make_validator(limit):
    class Validator:
        def check(self, v):
            return v <= limit
    return Validator()

v10 = make_validator(10)
print(v10.check(5), v10.check(11), make_validator(100).check(50))

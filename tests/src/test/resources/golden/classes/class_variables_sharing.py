# Class attributes versus instance attributes: shared mutable defaults, shadowing, counters and class-level caches.
class Device:
    count = 0
    registry = []
    defaults = {"retries": 3}

    def __init__(self, name):
        Device.count += 1
        self.id = Device.count
        self.name = name
        self.registry.append(name)  # mutates the shared class list

    def set_default(self, key, value):
        self.defaults[key] = value  # also shared: every device sees it

    def shadow(self, key, value):
        self.defaults = dict(self.defaults)  # now this instance has its own copy
        self.defaults[key] = value

a = Device("a")
b = Device("b")
print(Device.count, a.id, b.id, Device.registry, a.registry is b.registry)
a.set_default("timeout", 5)
print(b.defaults, Device.defaults)
b.shadow("retries", 9)
print(a.defaults, b.defaults, Device.defaults["retries"])
a.count = 100
print(a.count, b.count, Device.count)
del a.count
print(a.count)

class Sub(Device):
    count = 0

c = Sub("c")
print(Sub.count, Device.count, c.id, Device.registry)

class Cache:
    _memo = {}

    @classmethod
    def fib(cls, n):
        if n < 2:
            return n
        if n not in cls._memo:
            cls._memo[n] = cls.fib(n - 1) + cls.fib(n - 2)
        return cls._memo[n]

print(Cache.fib(30), len(Cache._memo), Cache().fib(10))
Device.kind = "generic"
print(a.kind, c.kind, hasattr(Sub, "kind"))
Sub.kind = "special"
print(a.kind, c.kind)
del Sub.kind
print(c.kind)
try:
    del Sub.kind
except AttributeError as e:
    print("AttributeError:", e)

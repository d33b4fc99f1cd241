# Class-level registries, __init__ side effects, and class decorators.
registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

@register
class Plugin:
    instances = 0
    def __init__(self, name):
        self.name = name
        type(self).instances += 1
    def run(self, data):
        return data

@register
class Upper(Plugin):
    instances = 0
    def run(self, data):
        return data.upper()

@register
class Reverse(Plugin):
    instances = 0
    def run(self, data):
        return data[::-1] if False else "".join(reversed(data))

print(sorted(registry))
pipeline = [registry[n](n) for n in ("upper", "reverse", "plugin", "upper")]
data = "golden"
for p in pipeline:
    data = p.run(data)
    print(p.name, "->", data)
print(Plugin.instances, Upper.instances, Reverse.instances)

# dict subclasses: a case-insensitive mapping overriding item access, and a registry with extra state
import json


class CaseInsensitiveDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __delitem__(self, key):
        super().__delitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in list(self.keys())


headers = CaseInsensitiveDict({"Content-Type": "text/plain"}, Host="example")
headers["X-Count"] = 3
print(sorted(headers.keys()))
print(headers["CONTENT-TYPE"], headers["host"], headers["x-count"])
print("HOST" in headers, "Accept" in headers, len(headers))
# native methods do not go through the overrides
print(headers.get("Host"), headers.get("host"))
del headers["X-COUNT"]
print(sorted(headers.items()))
try:
    headers["missing"]
except KeyError as e:
    print("KeyError:", e)
print(type(headers).__name__, isinstance(headers, dict))


class Registry(dict):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self.hits = 0

    def register(self, key):
        def decorate(fn):
            self[key] = fn
            return fn
        return decorate

    def call(self, key, *args):
        self.hits += 1
        return self[key](*args)


ops = Registry("ops")


@ops.register("add")
def add(a, b):
    return a + b


@ops.register("neg")
def neg(a):
    return -a


print(ops.name, sorted(ops), len(ops))
print(ops.call("add", 2, 3), ops.call("neg", 4), ops.hits)
print(ops == {"add": add, "neg": neg}, {"add": add, "neg": neg} == ops)


class Config(dict):
    pass


c = Config(debug=True, level=3)
c.update(level=4, name="x")
c.setdefault("retries", 2)
print(c == {"debug": True, "level": 4, "name": "x", "retries": 2})
print(c["level"], c.pop("name"), sorted(c.items()))
print(json.dumps(Config(a=1)), json.dumps([Config(b=[1, 2])]))
print("%s" % Config(k=1), "{}".format(Config(k=2)), str(Config(k=3)), repr(Config()))
print(Config(k=1).__class__.__name__, c.__dict__)
d = Config.fromkeys(["p", "q"], 0)
print(sorted(d.items()), type(d).__name__)

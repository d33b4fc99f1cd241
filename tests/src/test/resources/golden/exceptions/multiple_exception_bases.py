# Combining exception classes: mixins with plain classes work, two different built-in exception bases do not.
class Retryable:
    def hint(self):
        return "retry %s later" % type(self).__name__

class NetError(Exception):
    pass

class DnsError(NetError, Retryable):
    pass

class ConnRefused(Retryable, NetError):
    pass

for cls in (DnsError, ConnRefused):
    try:
        raise cls("host down")
    except NetError as e:
        print(type(e).__name__, e, e.hint(), isinstance(e, Retryable), isinstance(e, Exception))

def attempt(label, make):
    try:
        cls = make()
        print(label, "-> created", cls.__name__)
    except TypeError as e:
        print(label, "->", e)

def key_lookup():
    class Mixed(KeyError, LookupError):
        pass
    return Mixed

def value_os():
    class Mixed(ValueError, OSError):
        pass
    return Mixed

def key_index():
    class Mixed(KeyError, IndexError):
        pass
    return Mixed

def net_type():
    class Mixed(NetError, TypeError):
        pass
    return Mixed

def net_mixin():
    class Mixed(NetError, Retryable):
        pass
    return Mixed

for label, make in (("KeyError+LookupError", key_lookup), ("ValueError+OSError", value_os),
                    ("KeyError+IndexError", key_index), ("NetError+TypeError", net_type),
                    ("NetError+Retryable", net_mixin)):
    attempt(label, make)

class Base1(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "b1"

class Child(Base1):
    def __str__(self):
        return "Child<%s>" % ",".join(str(a) for a in self.args)

c = Child(1, "two")
print(str(c), repr(c), c.tag, c.args)
try:
    raise c
except Base1 as e:
    print("same object:", e is c)

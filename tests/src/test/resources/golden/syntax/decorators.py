# Decorators: stacked, with arguments, on methods, classmethods and classes.
trace_log = []

def trace(fn):
    def wrapper(*args, **kwargs):
        trace_log.append("call " + fn.__name__)
        result = fn(*args, **kwargs)
        trace_log.append("ret %r" % (result,))
        return result
    return wrapper

def prefix(text):
    def deco(fn):
        def wrapper(*args):
            return text + str(fn(*args))
        return wrapper
    return deco

@prefix(">> ")
@trace
def add(a, b):
    return a + b

print(add(2, 3))
print(trace_log)

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, getattr(self, k)) for k in sorted(self.__dict__))
        return "%s(%s)" % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls

@add_repr
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    @trace
    def total(self):
        return self.a + self.b

    @classmethod
    @trace
    def make(cls, v):
        return cls(v, v)

p = Pair(1, "x")
print(p, Pair.make(4), Pair.make(4).total())
print(trace_log[-4:])

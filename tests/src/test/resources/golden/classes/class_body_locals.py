# locals() in a class body is the namespace being built (with __module__ and __qualname__, as MicroPython's
# compiler stores them first); in a function or at module level it is the globals.
class Config:
    debug = False
    level = 3
    print(sorted(locals().keys()))
    print(__module__, __qualname__)

    # generate attributes programmatically
    for _name in ("red", "green", "blue"):
        locals()[_name.upper()] = len(_name)
    del _name

    def describe(self):
        return "%s level %d" % (__qualname__ if False else "Config", self.level)

    ns = locals()
    print("describe" in ns, ns["level"], type(ns).__name__)


print(Config.RED, Config.GREEN, Config.BLUE)
print(Config().describe(), Config.__module__, Config.__qualname__)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
print(locals() is globals())


def factory(tag):
    class Tagged:
        kind = tag
        snapshot = dict(locals())

    return Tagged


T = factory("sensor")
print(T.kind, sorted(T.snapshot.keys()), T.snapshot["__qualname__"])


class Outer:
    class Inner:
        print("inner qualname", __qualname__)
    print("outer sees", sorted(k for k in locals() if not k.startswith("__")))


def inside_function():
    x = 1
    return locals() is globals()


print(inside_function())

# Class vs instance attributes, getattr/setattr/hasattr, __dict__ and dynamic attributes.
class Config:
    defaults = {"debug": False}
    level = 1

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

c1 = Config(name="a")
c2 = Config(name="b", level=5)
print(c1.level, c2.level, Config.level)
Config.level = 2
print(c1.level, c2.level)
c1.defaults["debug"] = True
print(c2.defaults)
print(getattr(c1, "name"), getattr(c1, "missing", "dflt"), hasattr(c2, "level"))
try:
    getattr(c1, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(c2.__dict__.items()))
setattr(c1, "extra", [1, 2])
print(sorted(c1.__dict__))
delattr(c1, "extra")
print(hasattr(c1, "extra"))

class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)

lz = Lazy()
print(lz.xyz, getattr(lz, "xa"), hasattr(lz, "b"))
lz.real = 1
print(lz.real)

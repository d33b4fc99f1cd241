# getattr/setattr/hasattr/delattr on instances, classes and modules; dir() contents.
class Settings:
    volume = 5
    def __init__(self):
        self.brightness = 80

s = Settings()
for name in ("volume", "brightness", "contrast"):
    print(name, hasattr(s, name), getattr(s, name, None))
setattr(s, "contrast", 50)
setattr(Settings, "volume", 6)
print(s.contrast, s.volume, Settings.volume)
delattr(s, "contrast")
print(hasattr(s, "contrast"))
names = [n for n in dir(s) if not n.startswith("__")]
print(sorted(names))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
import math
print(getattr(math, "floor")(2.7), hasattr(math, "no_such_function"))
fields = {"a": 1, "b": [2], "c": "three"}
obj = Settings()
for k, v in fields.items():
    setattr(obj, k, v)
print(sorted((k, getattr(obj, k)) for k in fields))
try:
    delattr(obj, "zzz")
except AttributeError as e:
    print("AttributeError:", e)

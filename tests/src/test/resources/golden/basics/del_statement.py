# del on names, list items, slices, dict keys and attributes.
items = list(range(10))
del items[0]
print(items)
del items[-1]
print(items)
del items[2:4]
print(items)
try:
    del items[::2]  # MicroPython: only step 1 slices can be deleted
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(sorted(d.items()))
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)

class Box:
    pass

box = Box()
box.value = 3
box.other = 4
del box.value
print(hasattr(box, "value"), hasattr(box, "other"))
name = "temp"
del name
try:
    print(name)
except NameError as e:
    print("NameError", e)
a = b = [1]
del a
print(b)

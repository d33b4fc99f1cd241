# exit: 1
# MicroPython does not support ** unpacking inside a dict display: the whole script fails to compile.
defaults = {"a": 1}
print("never printed")
merged = {**defaults, "b": 2}
print(merged)

# A module MicroPython implements in C keeps its names: delattr refuses with AttributeError and the name stays.
# Modules that are Python code in MicroPython (io, time, collections, os, binascii) and user modules allow it.
import math, json, struct, gc
for m, name in ((math, "pi"), (json, "dumps"), (struct, "pack"), (gc, "collect"), (math, "nosuch")):
    try:
        delattr(m, name)
        print("deleted", name)
    except AttributeError as e:
        print("AttributeError", e)
print(math.pi, callable(json.dumps))
import io, time, collections, os, binascii
for m, name in ((io, "StringIO"), (time, "sleep"), (collections, "deque"), (os, "listdir"), (binascii, "hexlify")):
    delattr(m, name)
    print(hasattr(m, name))
try:
    delattr(io, "StringIO")
except KeyError as e:
    print("KeyError", e)
import __main__
x = 1
delattr(__main__, "x")
print("x" in globals())
try:
    delattr(__main__, "nosuch")
except KeyError as e:
    print("KeyError", e)
import builtins
try:
    delattr(builtins, "nosuch")
except KeyError as e:
    print("KeyError", e)

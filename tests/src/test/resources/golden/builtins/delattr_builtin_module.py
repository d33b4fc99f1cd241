# A module MicroPython implements in C keeps its names: delattr refuses with AttributeError and the name stays.
# Storing a new name on one refuses the same way (sys.ps1/ps2 are delegated stores); user modules allow both.
# (io, time, collections, os and binascii are .py wrappers in the npm build but C modules on the unix port, so
# they are left out here.)
import math, json, struct, gc
for m, name in ((math, "pi"), (json, "dumps"), (struct, "pack"), (gc, "collect"), (math, "nosuch")):
    try:
        delattr(m, name)
        print("deleted", name)
    except AttributeError as e:
        print("AttributeError", e)
print(math.pi, callable(json.dumps))
import sys
for m in (math, json, struct, sys):
    try:
        m.extra = 1
        print("stored on", m.__name__)
    except AttributeError as e:
        print("AttributeError", e)
sys.ps1 = ">>> "
print(sys.ps1)
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

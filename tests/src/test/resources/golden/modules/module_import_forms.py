# import forms: import as, from-import, from-import as, module attributes and ImportError text.
import math as m
from struct import pack, unpack as up
from json import dumps as to_json, loads
import binascii, errno
print(m.floor(3.5), pack("<H", 258), up("<H", b"\x02\x01"), to_json({"a": [1]}), loads("[2]"))
print(binascii.hexlify(b"\x01"), errno.ENOENT)
print(m.__name__, type(m).__name__)
try:
    import no_such_module_xyz
except ImportError as e:
    print("ImportError:", e)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError:", e)
def lazy():
    import heapq
    h = [3, 1, 2]
    heapq.heapify(h)
    return h[0]
print(lazy(), "heapq" in globals())
print(__name__)

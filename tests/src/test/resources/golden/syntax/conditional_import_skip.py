# The MicroPython test-suite convention: print SKIP and exit when a module is missing.
try:
    import json
    import struct
except ImportError:
    print("SKIP")
    raise SystemExit
print("modules present:", json.dumps([struct.calcsize("<I")]))
try:
    import surely_not_a_module
    print("unexpected")
except ImportError:
    print("optional module missing, continuing")

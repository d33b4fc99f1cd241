# exit: 1
# An error raised while evaluating an except clause's exception expression is reported at the
# line of that except clause, after the body's exception had been raised.
import struct

print("before")
try:
    struct.pack("<h", "not an int")
except (ValueError, struct.no_such_name) as e:
    print("unreachable", e)

# exit: 1
# User subclasses of OSError print like OSError itself: [Errno N] NAME: text for a known errno, in str()
# and in the last traceback line, while repr() uses the subclass name.
class N(OSError): pass
class M(N): pass
for e in (N(19, "x"), N(19), M(2, "y"), N("text"), N(9999, "z"), N(19, "a", "b")):
    print(str(e), "|", repr(e), "|", e.args)
import sys
try:
    raise M(2, "nofile")
except OSError as e:
    sys.print_exception(e)
raise N(110, "link timed out")

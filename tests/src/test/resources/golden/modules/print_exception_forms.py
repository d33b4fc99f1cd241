# sys.print_exception on caught exceptions: to stdout and into a StringIO, for exceptions raised
# in nested calls, with no args, with several args, and for exception instances never raised.
import io
import sys


def level3(x):
    return {"a": 1}[x]


def level2(x):
    return level3(x) + 1


def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        raise ValueError("lookup failed for %r" % x)


try:
    level1("b")
except ValueError as e:
    sys.print_exception(e)
buf = io.StringIO()
try:
    [].pop()
except IndexError as e:
    sys.print_exception(e, buf)
text = buf.getvalue()
print(text.count("\n"), text.splitlines()[-1])
sys.print_exception(RuntimeError("never raised"))
sys.print_exception(KeyError())
sys.print_exception(OSError(5, "io", "extra"))
try:
    raise StopIteration(42)
except StopIteration as e:
    sys.print_exception(e)

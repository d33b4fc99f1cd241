# Built-in exception instances keep no extra attributes (MicroPython refuses the store), while instances of
# user subclasses do; so context travels in args or in a subclass.
def try_store(exc, name, value):
    try:
        setattr(exc, name, value)
        return "stored %s=%r" % (name, getattr(exc, name))
    except AttributeError as e:
        return "AttributeError: %s" % e

for exc in (ValueError("bad"), KeyError("k"), OSError(5, "EIO"), StopIteration(3)):
    print(type(exc).__name__, "|", try_store(exc, "note", "extra"), "|", try_store(exc, "args", ()))

class AppError(ValueError):
    pass

e = AppError("bad input")
print(try_store(e, "note", "line 3"), "|", e.args, str(e))

def parse_port(text):
    try:
        return int(text)
    except ValueError as err:
        wrapped = AppError("port %r is not a number" % text)
        wrapped.original = err
        raise wrapped

try:
    parse_port("80x")
except AppError as err:
    print(err, "| caused by:", type(err.original).__name__, err.original)
try:
    err = ValueError("x")
    err.hint = "use digits"
except AttributeError as e:
    print("cannot annotate a ValueError:", e)

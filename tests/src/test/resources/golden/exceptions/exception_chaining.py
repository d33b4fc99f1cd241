# raise ... from ..., __cause__, and exceptions raised inside handlers.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port " + repr(text)) from e

for t in ("8080", "http"):
    try:
        print("port", parse_port(t))
    except ConfigError as e:
        print("ConfigError:", e)
        # MicroPython accepts "from" but keeps no __cause__ attribute
        print("has __cause__:", hasattr(e, "__cause__"), "args:", e.args)

try:
    raise KeyError("a") from None
except KeyError as e:
    print("from None:", repr(e))

def handler_raises():
    try:
        [][0]
    except IndexError:
        raise RuntimeError("handler failed")

try:
    handler_raises()
except RuntimeError as e:
    print("got", repr(e))

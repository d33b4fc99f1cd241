# asyncio for mpy-jvm, frozen into the firmware as on MicroPython's unix port.
# The scheduler and the loop are in .core; the rest is loaded on first use (the module's __getattr__), so a
# program that needs only run/sleep/create_task never loads the others.

from .core import *

__version__ = (3, 0, 0)

# name -> submodule that defines it; open_connection and start_server are absent: there is no socket module
_lazy = {
    "wait_for": "funcs",
    "wait_for_ms": "funcs",
    "gather": "funcs",
    "Event": "event",
    "ThreadSafeFlag": "event",
    "Lock": "lock",
    "StreamReader": "stream",
    "StreamWriter": "stream",
}


def __getattr__(attr):
    sub = _lazy.get(attr)
    if sub is None:
        raise AttributeError(attr)
    value = getattr(__import__(sub, globals(), None, True, 1), attr)
    globals()[attr] = value
    return value

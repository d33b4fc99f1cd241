# raise with classes and instances, re-raise, and raise ... from.
def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise LookupError("missing " + key) from e

try:
    lookup({}, "x")
except LookupError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise TypeError("instance")
except TypeError as e:
    print("instance raised:", repr(e))
try:
    try:
        raise RuntimeError("first")
    except RuntimeError:
        raise
except RuntimeError as e:
    print("re-raised:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise KeyError("k") from None
except KeyError as e:
    print("from None ok:", repr(e))

# exit: 1
# An exception raised inside an except block: MicroPython prints only the last exception's traceback.
def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError:
        raise LookupError("no entry for " + key)

print(load("a"))
print(load("zz"))

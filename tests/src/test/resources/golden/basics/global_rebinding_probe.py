# Module-level names: global declarations, rebinding builtins locally, del of globals, functions
# reading globals defined after them, and augmented assignment on globals and containers.
counter = 0
config = {"n": 1}


def bump():
    global counter
    counter += 1
    config["n"] *= 2
    return counter


def reads_later():
    return later_defined * 2


later_defined = 21
print(bump(), bump(), counter, config, reads_later())


def shadow_len():
    len = lambda x: -1
    return len([1, 2])


print(shadow_len(), len([1, 2]))
temp = "x"
del temp
try:
    print(temp)
except NameError as e:
    print("NameError", e)


def assign_then_global():
    global made_here
    made_here = "created by function"


assign_then_global()
print(made_here)


def local_shadow():
    counter = 100
    return counter


print(local_shadow(), counter)


def unbound():
    try:
        counter += 1
    except NameError as e:
        return "NameError: " + str(e)


print(unbound())
values = [1, 2]
values += [3]
values *= 2
text = "ab"
text += "c"
text *= 2
print(values, text)
print(sorted(k for k in globals() if not k.startswith("_"))[:6])

# MicroPython reports a local read before assignment as NameError (UnboundLocalError is not distinct).
counter = 10

def broken():
    print(counter)
    counter = 5

try:
    broken()
except NameError as e:
    print(type(e).__name__, "|", e)

def fine():
    global counter
    counter += 1
    return counter

print(fine())

def conditional(flag):
    if flag:
        value = "set"
    return value

print(conditional(True))
try:
    conditional(False)
except NameError as e:
    print(type(e).__name__, "|", e)

def deleted():
    x = 1
    del x
    return x

try:
    deleted()
except NameError as e:
    print(type(e).__name__, "|", e)
print(isinstance(NameError("n"), Exception))
try:
    print(never_defined)
except NameError as e:
    print(type(e).__name__, "|", e)

# Module-level names, global statement and shadowing.
counter = 0
names = []

def bump(by=1):
    global counter
    counter += by
    return counter

def record(name):
    names.append(name)  # mutating a global needs no global statement
    return len(names)

def shadow():
    counter = 100
    return counter

for i in range(5):
    bump(i)
print("counter", counter)
print(record("a"), record("b"), names)
print("shadow", shadow(), "global still", counter)

def make_global():
    global created_later
    created_later = "made inside a function"

make_global()
print(created_later)
print("counter" in globals(), "shadow" in globals(), "nothing" in globals())
x = 5
def read_x():
    return x * 2
x = 6
print(read_x())

# Functions as first-class objects: attributes, __name__, passing and returning.
def apply_all(fns, value):
    return [(f.__name__, f(value)) for f in fns]

def square(x):
    return x * x

def negate(x):
    return -x

print(apply_all([square, negate, str], -4))
try:
    print(apply_all([abs], -4))  # built-in functions have no __name__ in MicroPython
except AttributeError as e:
    print("AttributeError:", e)
table = {"sq": square, "neg": negate}
print(table["sq"](7), table["neg"](7))
try:
    square.unit = "m^2"
except AttributeError as e:
    print("AttributeError:", e)
print(square.__name__)
anon = lambda: 0
print(anon.__name__)

def make(kind):
    def inner(x):
        return kind + ":" + str(x)
    return inner

f = make("tag")
print(f.__name__, f(1), make("other")(2))
print(sorted([3, -1, 2, -5], key=negate), sorted(["bb", "a", "ccc"], key=len))
print(list(map(square, range(5))), list(filter(lambda v: v % 2, range(10))))

# Frame names that tracebacks show: lambdas, class bodies, decorators, nested functions, generator
# expressions, dict/set comprehensions and methods called through map().
import sys

def show(fn):
    try:
        fn()
    except Exception as e:
        sys.print_exception(e)

def in_lambda():
    f = lambda x: x / 0
    return f(1)

def in_class_body():
    class Broken:
        value = int("nope")
    return Broken

def deco(fn):
    def wrapper(*a):
        return fn(*a) + 1
    return wrapper

@deco
def decorated(x):
    return x + None

def outer():
    def inner():
        def innermost():
            return [][0]
        return innermost()
    return inner()

def in_genexpr():
    return sum(1 / (x - 2) for x in range(5))

def in_dictcomp():
    return {k: 10 // k for k in (2, 1, 0)}

def in_setcomp():
    return {len(s) for s in ("ab", None)}

class Widget:
    def size(self):
        return self.missing

def in_map():
    return list(map(Widget.size, [Widget()]))

for fn in (in_lambda, in_class_body, lambda: decorated(1), outer, in_genexpr, in_dictcomp, in_setcomp, in_map):
    show(fn)

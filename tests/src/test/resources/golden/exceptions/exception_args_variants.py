# Constructing exceptions with unusual arguments and raising instances versus classes, re-raising caught
# objects later, and storing exceptions in containers.
errors = []
for make in (lambda: ValueError(), lambda: ValueError(""), lambda: ValueError(None), lambda: ValueError(0),
             lambda: ValueError([1, 2]), lambda: ValueError("a", "b", "c"), lambda: KeyError(("t", 1)),
             lambda: IndexError(-1), lambda: RuntimeError({"k": "v"})):
    e = make()
    errors.append(e)
    print("%-34r str=%r len(args)=%d" % (e, str(e), len(e.args)))

def fail(i):
    raise errors[i]

for i in (0, 5, 6):
    try:
        fail(i)
    except Exception as e:
        print("raised stored", type(e).__name__, e is errors[i])

saved = None
try:
    int("12abc")
except ValueError as e:
    saved = e
print("saved outside handler:", saved)
try:
    raise saved
except ValueError as e:
    print("re-raised saved:", e is saved)

try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), e.args)

class WithDefault(Exception):
    def __init__(self, msg="default message", code=1):
        super().__init__(msg, code)

try:
    raise WithDefault
except WithDefault as e:
    print(repr(e), e.args)
try:
    raise WithDefault("custom")
except WithDefault as e:
    print(str(e), e.args[1])

def gen_errors():
    for cls in (KeyError, IndexError, ZeroDivisionError):
        try:
            raise cls("from generator")
        except LookupError as e:
            yield "lookup:" + type(e).__name__
        except ArithmeticError as e:
            yield "arith:" + type(e).__name__

print(list(gen_errors()))
print(isinstance(errors[6], LookupError), errors[6].args[0][1])

# Classes implementing __enter__/__exit__, exception suppression and nesting.
class Tracer:
    depth = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  " * Tracer.depth + "enter " + self.name)
        Tracer.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tracer.depth -= 1
        what = "ok" if exc_type is None else exc_type.__name__ + ": " + str(exc)
        print("  " * Tracer.depth + "exit " + self.name + " (" + what + ")")
        return self.suppress

with Tracer("outer") as t:
    print("inside", t.name)
    with Tracer("inner"):
        print("deep")

with Tracer("suppressing", suppress=True):
    raise KeyError("lost")
print("after suppress")

try:
    with Tracer("a"), Tracer("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

def early():
    with Tracer("returning"):
        return "value from with"
print(early())

for i in range(3):
    with Tracer("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
print("done")

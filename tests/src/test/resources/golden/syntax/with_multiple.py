# with statements with several items, as-targets, and exceptions inside.
class Res:
    opened = []
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise OSError("cannot open " + self.name)
        Res.opened.append(self.name)
        print("open", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        Res.opened.remove(self.name)
        print("close", self.name, "exc" if exc[0] else "clean")
        return False

with Res("a") as a, Res("b") as b, Res("c"):
    print("body", a, b, Res.opened)
print("after", Res.opened)
try:
    with Res("x") as x, Res("y", fail_enter=True) as y:
        print("never")
except OSError as e:
    print("OSError:", e, Res.opened)
try:
    with Res("p"), Res("q"):
        raise ValueError("inside")
except ValueError as e:
    print("ValueError:", e, Res.opened)
with Res("outer") as o:
    with Res("inner") as i:
        print(o, i)

# Context managers and exceptions: __exit__ arguments, suppression, errors inside __exit__, nested with order.
class Tracked:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_exit = fail_exit

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, etype, value, tb):
        print("exit", self.name, etype.__name__ if etype else None, repr(value) if value else None, tb is not None)
        if self.fail_exit:
            raise RuntimeError("exit of %s failed" % self.name)
        return self.suppress

def run(title, fn):
    print("--", title)
    try:
        r = fn()
        print("returned", r)
    except Exception as e:
        print("escaped", type(e).__name__, e)

def plain():
    with Tracked("a") as t:
        return t.name

def raising():
    with Tracked("a"):
        raise ValueError("boom")

def suppressed():
    with Tracked("a", suppress=True):
        raise ValueError("hidden")
    return "after with"

def nested():
    with Tracked("outer"):
        with Tracked("inner", suppress=True):
            raise KeyError("k")
        print("between")
        with Tracked("inner2"):
            raise IndexError("i")

def two_in_one():
    with Tracked("x") as x, Tracked("y", suppress=True) as y:
        print("body", x.name, y.name)
        raise TypeError("t")
    return "done"

def exit_raises():
    with Tracked("bad", fail_exit=True):
        raise ValueError("original")

def exit_raises_clean():
    with Tracked("bad", fail_exit=True):
        pass

def loop_with():
    total = 0
    for i in range(4):
        with Tracked("loop%d" % i, suppress=True):
            if i == 1:
                continue
            if i == 2:
                1 / 0
            if i == 3:
                break
            total += 10
    return total

class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", ev)
        return False

for name, fn in (("plain", plain), ("raising", raising), ("suppressed", suppressed), ("nested", nested),
                 ("two_in_one", two_in_one), ("exit_raises", exit_raises), ("exit_raises_clean", exit_raises_clean),
                 ("loop_with", loop_with)):
    run(name, fn)

db = {"a": 1}
try:
    with Transaction(db) as s:
        s["a"] = 2
        s["b"] = 3
        raise ValueError("constraint violated")
except ValueError:
    pass
print(sorted(db.items()))
with Transaction(db) as s:
    s["c"] = 4
print(sorted(db.items()))

# Truth values of built-in objects, and short-circuit results.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {1: 2}, set(), None, True, False, range(0), range(2)]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")

print(0 or "default")
print("" or [] or None)
print(1 and "second")
print(0 and "never")
print([] and 5, [1] and 5)
print(None is None, None == 0, not None)

class Empty:
    def __len__(self):
        return 0

class Falsy:
    def __bool__(self):
        return False

print(bool(Empty()), bool(Falsy()), bool(object()))

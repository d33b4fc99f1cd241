# Assertions as input validation in a unit-conversion library, with messages built from the failing values.
def c_to_f(c):
    assert isinstance(c, (int, float)), "celsius must be a number, got %r" % (c,)
    assert c >= -273.15, "below absolute zero: %s" % c
    return c * 9 / 5 + 32

def check_table(rows):
    for i, (c, f) in enumerate(rows):
        got = c_to_f(c)
        assert abs(got - f) < 0.01, "row %d: %s C gave %.2f F, expected %s" % (i, c, got, f)
    return len(rows)

print(check_table([(0, 32), (100, 212), (-40, -40), (37, 98.6)]))
for bad in (-300, "20", None):
    try:
        c_to_f(bad)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    check_table([(0, 32), (10, 51)])
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-string message:", e.args[0])
x = 5
assert x == 5, "never evaluated %s" % undefined_name
print("assert with true condition does not evaluate its message")
def tuple_assert():
    assert (x == 6, "tuple is always true")
    return "passed (a non-empty tuple is true)"
print(tuple_assert())
print(issubclass(AssertionError, Exception))

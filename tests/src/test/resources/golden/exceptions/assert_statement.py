# assert with and without messages; AssertionError attributes.
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, "out of order: %r > %r" % (a, b)
    return True

for case in ([1, 2, 3], [1, 3, 2], [], [5, 5, 5], ["a", "c", "b"]):
    try:
        print(case, check_sorted(case))
    except AssertionError as e:
        print(case, "AssertionError:", e, e.args)

try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print("tuple message:", e.args)
assert True, "never raised"
print("done")

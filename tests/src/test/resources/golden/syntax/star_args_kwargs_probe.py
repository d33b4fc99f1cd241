# Function call and definition forms: *args and **kwargs collection, keyword-only parameters,
# defaults evaluated once, unpacking in calls, and the errors for bad calls.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())


print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, z=0))
print(f(*[1, 2, 3], **{"c": 4, "d": 5}))
print(f(c=1, a=2))


def g(*, only):
    return only


print(g(only="kw"))


def h(x, acc=[]):
    acc.append(x)
    return acc


print(h(1), h(2), h(3, []))
for call in (lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: g(1), lambda: g(), lambda: g(only=1, extra=2),
             lambda: h(), lambda: (lambda x: x)(1, 2), lambda: f(1, **{"c": 1, "b": 3}), lambda: f(1, 2, c=3, **{"c": 4})):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)


def kwonly_default(a, *, b=10):
    return a + b


print(kwonly_default(1), kwonly_default(1, b=2))
args = (1, 2)
kwargs = {"sep": "-"}
print(*args, **kwargs)
print(*(), *args, *[3])

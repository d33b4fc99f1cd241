def t(f, *a, **k):
    try:
        f(*a, **k)
    except TypeError as e:
        print('TypeError:', e)
def f(a, b=1): pass
def g(a, *, k): pass
def m(a, b, c): pass
t(f)
t(f, 1, 2, 3)
t(f, b=2)
t(f, 1, a=2)
t(f, 1, z=2)
t(g, 1)
t(g, a=1)
t(m, b=1)
t(len, 1, 2)
t(abs, x=1)

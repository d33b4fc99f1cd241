class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit', a[0])
def wi():
    with CM():
        yield 1
        yield 2
    yield 3
print(list(wi()))
g = wi()
next(g)
g.close()
def fl():
    for i in range(5):
        if i == 1:
            continue
        if i == 4:
            break
        try:
            yield i
        finally:
            print('f', i)
    else:
        print('no else')
print(list(fl()))
def exc():
    try:
        yield 1
        raise ValueError('x')
    except ValueError:
        yield 'caught'
        raise
g = exc()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print('reraised', e)
def nested():
    try:
        try:
            yield 1
        finally:
            yield 2
    finally:
        yield 3
print(list(nested()))

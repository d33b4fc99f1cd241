def a():
    x = (yield 1) + (yield 2)
    print('sum', x)
    yield [(yield 'p'), (yield 'q')]
g = a()
print(next(g), g.send(10), g.send(20), g.send('A'), g.send('B'))
def w():
    n = 0
    while (yield n) != 'stop':
        n += 1
    else:
        print('loop ended')
    return n
g = w()
print(next(g), next(g), g.send(None))
try:
    g.send('stop')
except StopIteration as e:
    print('returned', e.value)

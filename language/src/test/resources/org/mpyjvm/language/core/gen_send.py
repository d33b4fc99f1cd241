def g():
    x = yield 1
    print('got', x)
    y = yield x * 2
    return y
gen = g()
try:
    gen.send(5)
except TypeError as e:
    print('TypeError:', e)
print(next(gen), gen.send(7))
try:
    gen.send('r')
except StopIteration as e:
    print('StopIteration', e.value)
print(next(gen, 'exhausted'))

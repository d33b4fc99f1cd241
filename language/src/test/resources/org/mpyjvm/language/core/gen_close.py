def ig():
    try:
        yield 1
    except GeneratorExit:
        yield 2
x = ig()
next(x)
try:
    x.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def t():
    try:
        yield 1
    finally:
        print('cleanup')
z = t()
next(z)
print(z.close(), z.close())
try:
    next(z)
except StopIteration:
    print('finished')
z = t()
try:
    z.throw(ValueError)
except ValueError as e:
    print('thrown before start', repr(e))

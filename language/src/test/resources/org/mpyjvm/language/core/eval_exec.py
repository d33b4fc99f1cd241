print(eval('1 + 2 * 3'), eval('[x * x for x in range(3)]'))
env = {'a': 5}
print(eval('a * 2', env), eval('a + c', env, {'c': 1}))
ns = {}
exec('x = 10\ndef f(y):\n    return x + y', ns)
print(ns['f'](1))
code = compile('3 + 4', 'expr', 'eval')
print(eval(code))
counter = 1
def bump():
    exec('counter += 5')
bump()
print(counter, 'bump' in globals(), sorted(k for k in locals() if k in ('ns', 'env')))
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')

def r():
    yield next(me)
me = r()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
print(list(me))

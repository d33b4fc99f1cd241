# exit: 1
def g():
    yield 1
    x = 1 // 0
def use():
    for v in g():
        print(v)
use()

# exit: 1
def f():
    def g():
        nonlocal q

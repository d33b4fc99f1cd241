import sys
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    f()
except Exception as e:
    sys.print_exception(e)
def h():
    [1 / x for x in [0]]
try:
    h()
except Exception as e:
    sys.print_exception(e)

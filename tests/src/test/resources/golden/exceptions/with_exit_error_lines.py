# exit: 1
# The line an error raised by __exit__ shows for the with statement's frame: MicroPython's line table only
# advances, so it is the last line compiled inside the body (also in generators and with several items).
import sys
class M:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError("exit")
def gen():
    with M():
        yield 1
        x = 2
        yield x
def plain():
    with M():
        for i in range(2):
            pass
        else:
            y = [1,
                 2]
    return y
def multi():
    with M() as a, M() as b:
        z = 3
for f in (lambda: list(gen()), plain, multi):
    try: f()
    except OSError as e: sys.print_exception(e)
with M():
    def inner():
        return 1

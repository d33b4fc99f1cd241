# sys.print_exception prints a traceback with file and line information to stdout.
import sys

def level3():
    raise OSError(5, "EIO")

def level2():
    level3()

def level1():
    try:
        level2()
    except OSError as e:
        sys.print_exception(e)
        return e

err = level1()
print("errno", err.errno, "args", err.args)
try:
    int("zz")
except ValueError as e:
    sys.print_exception(e)
try:
    raise KeyError("deep")
except KeyError as e:
    sys.print_exception(e, sys.stdout)
print("end")

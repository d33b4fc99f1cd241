# Control flow through try/except/else/finally: return/break/continue inside finally, exceptions
# replaced in finally, nested handlers, bare raise re-raising, and except clauses with tuples.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")


def f2():
    try:
        return "try"
    finally:
        return "finally wins"


def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("f3 body", i)
        finally:
            print("f3 finally", i)
    return i


def f4():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("f4 inner finally")
    except ValueError as e:
        return "caught " + str(e)


def f5():
    try:
        raise KeyError("a")
    except (TypeError, KeyError) as e:
        try:
            raise
        except KeyError as e2:
            return "reraised " + repr(e2)


def f6():
    try:
        1 / 0
    except ZeroDivisionError:
        return "handled"
    else:
        return "else"
    finally:
        print("f6 finally")


def f7():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else ran"


def f8():
    while True:
        try:
            raise RuntimeError("lost")
        finally:
            break
    return "exception swallowed by break"


for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    print(f.__name__, "->", f())
try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
except Exception as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print("bare raise outside handler:", type(e).__name__, e)

# Exceptions raised inside except/finally blocks: which one wins, what handlers see, and nested try statements.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> no exception")
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def in_handler():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling KeyError")

def in_finally():
    try:
        raise KeyError("first")
    finally:
        raise IndexError("from finally")

def finally_return_hides():
    try:
        raise KeyError("hidden")
    finally:
        return

def nested_reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError as inner:
            print("  inner caught", inner)
            raise
    except ArithmeticError as outer:
        print("  outer caught", type(outer).__name__)
        raise TypeError("converted")

def handler_name_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("  after handler:", e)

def else_raises():
    try:
        pass
    except Exception:
        print("  not here")
    else:
        raise RuntimeError("from else")
    finally:
        print("  finally after else")

def loop_handlers():
    errors = []
    for i, thunk in enumerate([lambda: int("q"), lambda: [][0], lambda: None, lambda: 1 / 0]):
        try:
            thunk()
        except (ValueError, IndexError) as e:
            errors.append(type(e).__name__)
            continue
        except ZeroDivisionError:
            errors.append("zero")
            break
        finally:
            errors.append("f%d" % i)
        errors.append("ok%d" % i)
    print(" ", errors)

for label, fn in (("in_handler", in_handler), ("in_finally", in_finally), ("finally_return_hides", finally_return_hides),
                  ("nested_reraise", nested_reraise), ("handler_name_cleared", handler_name_cleared),
                  ("else_raises", else_raises), ("loop_handlers", loop_handlers)):
    attempt(label, fn)

def bare_raise_outside():
    raise

attempt("bare raise without active exception", bare_raise_outside)

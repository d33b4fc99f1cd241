# Execution order through try/except/else/finally, including returns and re-raises.
def trace(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return log + ["returned from try"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

for k in ("ok", "raise", "return"):
    print(k, trace(k))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())

def reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("inner handler, re-raising")
            raise
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        print("outer got", repr(e))

reraise()

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

print(loop_finally())

# try/except/else/finally combinations, nested, with break/continue/return.
def run(action):
    out = []
    for i in range(3):
        try:
            out.append("try%d" % i)
            if action == "raise" and i == 1:
                raise KeyError(i)
            if action == "break" and i == 1:
                break
            if action == "continue" and i == 0:
                continue
            if action == "return" and i == 2:
                return out + ["ret"]
        except KeyError as e:
            out.append("except%s" % e)
        else:
            out.append("else%d" % i)
        finally:
            out.append("fin%d" % i)
    return out

for act in ("none", "raise", "break", "continue", "return"):
    print(act, run(act))

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    else:
        print("not reached")
    finally:
        print("outer finally")

nested()
try:
    pass
except:
    print("no")
else:
    print("bare except not triggered; else ran")
try:
    raise IndexError
except (KeyError, IndexError) as e:
    print("tuple of types caught", type(e).__name__)

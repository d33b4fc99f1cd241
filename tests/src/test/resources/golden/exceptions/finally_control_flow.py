# break/continue/return interacting with finally blocks inside loops, nested try statements and generators.
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

def loop_continue():
    out = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    continue
                out.append(i)
            finally:
                out.append("inner%d" % i)
        finally:
            out.append("outer%d" % i)
    return out

def return_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def break_swallows():
    n = 0
    while True:
        try:
            n += 1
            raise KeyError(n)
        finally:
            if n == 3:
                break
    return n

def nested_returns(x):
    log = []
    try:
        try:
            if x == 0:
                return "inner-return"
            1 // (x - 1)
        except ZeroDivisionError:
            log.append("inner-except")
            return "from-except"
        finally:
            log.append("inner-finally")
    finally:
        log.append("outer-finally")
        print("  log", log)

def while_else(limit):
    i = 0
    while i < limit:
        try:
            if i == 3:
                break
        finally:
            i += 1
    else:
        return "else ran, i=%d" % i
    return "broke, i=%d" % i

def gen():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                print("  gen finally", i)
    finally:
        print("  gen outer finally")

print(loop_break())
print(loop_continue())
print(return_swallows())
try:
    print(break_swallows())
except KeyError as e:
    # MicroPython: a break in finally does not cancel the propagating exception
    print("break did not swallow", repr(e))
for x in (0, 1, 2):
    print(nested_returns(x))
print(while_else(2), while_else(10))
for v in gen():
    print("got", v)
    if v == 1:
        break
print("after loop")
g = gen()
print(next(g))
g.close()
print("closed")

# Resource-like generators: cleanup via finally on close(), exceptions thrown in, GeneratorExit handling.
def connection(name):
    print("open", name)
    sent = 0
    try:
        while True:
            try:
                msg = yield sent
            except OSError as e:
                print("  %s recovering from %s" % (name, e))
                continue
            sent += len(msg)
            print("  %s sent %r" % (name, msg))
    except GeneratorExit:
        print("  %s got GeneratorExit" % name)
        raise
    finally:
        print("close", name, "after", sent, "bytes")

c = connection("db")
next(c)
c.send("SELECT 1")
print("throw ->", c.throw(OSError("reset")))
c.send("SELECT 2")
c.close()
c.close()
print("closed twice without error")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

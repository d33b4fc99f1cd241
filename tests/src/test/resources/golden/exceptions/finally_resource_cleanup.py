# try/finally guaranteeing cleanup of simulated hardware resources across returns, breaks and errors, with a
# log that shows the exact order of acquire/release.
log = []

class Resource:
    open_count = 0

    def __init__(self, name):
        self.name = name
        Resource.open_count += 1
        log.append("open " + name)

    def close(self):
        Resource.open_count -= 1
        log.append("close " + self.name)

def read_all(names, fail_on=None, stop_at=None):
    total = 0
    for n in names:
        r = Resource(n)
        try:
            if n == stop_at:
                break
            if n == fail_on:
                raise OSError("read error on " + n)
            total += len(n)
            if total > 10:
                return "early " + str(total)
        finally:
            r.close()
    return total

CASES = [
    (["uart", "i2c", "spi"], {}),
    (["uart", "i2c", "spi"], {"fail_on": "spi"}),
    (["uart", "i2c", "spi"], {"stop_at": "i2c"}),
    (["display", "keypad", "buzzer"], {}),
]
for names, kwargs in CASES:
    del log[:]
    try:
        result = read_all(names, **kwargs)
    except OSError as e:
        result = "error: %s" % e
    print(kwargs, "->", result, "| open now:", Resource.open_count)
    print("   ", ", ".join(log))

def nested():
    outer = Resource("outer")
    try:
        inner = Resource("inner")
        try:
            raise ValueError("inner failure")
        finally:
            inner.close()
    finally:
        outer.close()

del log[:]
try:
    nested()
except ValueError as e:
    print("nested:", e, log, Resource.open_count)

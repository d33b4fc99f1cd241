# A retry helper with exponential backoff (simulated clock), retryable/fatal classification and attempt reports.
class TransientError(Exception):
    pass

class FatalError(Exception):
    pass

class RetriesExhausted(Exception):
    def __init__(self, name, attempts, last):
        super().__init__("%s failed after %d attempts" % (name, attempts))
        self.last = last

class Clock:
    def __init__(self):
        self.ms = 0

    def sleep(self, ms):
        self.ms += ms

def retry(clock, fn, name, attempts=5, base=100, cap=1000, retry_on=(TransientError, OSError)):
    delay = base
    last = None
    for n in range(1, attempts + 1):
        try:
            result = fn(n)
        except retry_on as e:
            last = e
            print("  %s attempt %d at t=%dms: %s: %s" % (name, n, clock.ms, type(e).__name__, e))
            if n < attempts:
                clock.sleep(delay)
                delay = min(delay * 2, cap)
            continue
        except Exception as e:
            print("  %s attempt %d: fatal %s" % (name, n, type(e).__name__))
            raise
        else:
            print("  %s attempt %d ok at t=%dms" % (name, n, clock.ms))
            return result
        finally:
            clock.sleep(1)
    raise RetriesExhausted(name, attempts, last)

def flaky(until):
    def fn(n):
        if n < until:
            raise TransientError("not yet (%d<%d)" % (n, until))
        return "value@%d" % n
    return fn

def oserr(n):
    raise OSError(116, "ETIMEDOUT")

def fatal(n):
    if n == 2:
        raise FatalError("bad credentials")
    raise TransientError("warming up")

clock = Clock()
for name, fn in (("quick", flaky(1)), ("slow", flaky(4)), ("never", oserr), ("auth", fatal), ("limit", flaky(7))):
    start = clock.ms
    try:
        r = retry(clock, fn, name)
        print(name, "->", r)
    except RetriesExhausted as e:
        print(name, "->", e, "| last:", repr(e.last))
    except FatalError as e:
        print(name, "-> gave up:", e)
    print("  elapsed %d ms" % (clock.ms - start))
print("total clock", clock.ms)

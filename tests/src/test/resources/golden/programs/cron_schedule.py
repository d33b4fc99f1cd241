# Parse cron-like schedule expressions (lists, ranges, steps, names) and list the next matching minutes of a
# simulated week without using the clock.
NAMES = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 0}
LIMITS = [("minute", 0, 59), ("hour", 0, 23), ("weekday", 0, 6)]

class CronError(ValueError):
    pass

def parse_field(text, lo, hi, label):
    values = set()
    for part in text.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/")
            if not s.isdigit() or int(s) == 0:
                raise CronError("bad step %r in %s" % (s, label))
            step = int(s)
        if part == "*":
            a, b = lo, hi
        elif "-" in part:
            x, y = part.split("-")
            a, b = value(x, label), value(y, label)
        else:
            a = value(part, label)
            b = a if step == 1 else hi
        if not (lo <= a <= hi and lo <= b <= hi) or a > b:
            raise CronError("%s out of range in %s" % (part, label))
        values.update(range(a, b + 1, step))
    return values

def value(tok, label):
    tok = tok.lower()
    if tok in NAMES and label == "weekday":
        return NAMES[tok]
    if not tok.isdigit():
        raise CronError("bad value %r in %s" % (tok, label))
    return int(tok)

def parse(expr):
    fields = expr.split()
    if len(fields) != 3:
        raise CronError("expected 3 fields, got %d" % len(fields))
    return [parse_field(f, lo, hi, label) for f, (label, lo, hi) in zip(fields, LIMITS)]

def upcoming(sched, start_minute, count):
    minutes, hours, days = sched
    out = []
    m = start_minute
    while len(out) < count and m < start_minute + 7 * 24 * 60:
        day = (m // 1440) % 7
        hour = (m // 60) % 24
        minute = m % 60
        if minute in minutes and hour in hours and day in days:
            out.append(m)
        m += 1
    return out

DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

def fmt(m):
    return "%s %02d:%02d" % (DAYS[(m // 1440) % 7], (m // 60) % 24, m % 60)

START = 1 * 1440 + 8 * 60 + 55  # monday 08:55
for expr in ("*/15 9-10 mon-fri", "0 12 sat,sun", "30 */6 *", "5,35 8 wed", "0 0 sun",
             "*/0 1 *", "61 1 *", "0 25 *", "0 1 funday", "1 2"):
    try:
        sched = parse(expr)
    except CronError as e:
        print("%-20s error: %s" % (expr, e))
        continue
    nxt = upcoming(sched, START, 4)
    sizes = "/".join(str(len(f)) for f in sched)
    print("%-20s [%s] %s" % (expr, sizes, ", ".join(fmt(m) for m in nxt)))
print(isinstance(CronError("x"), ValueError), CronError.__bases__[0].__name__)

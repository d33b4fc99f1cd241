# Partial application and currying with closures, used to build a small validation library.
def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        merged = dict(bound_kw)
        merged.update(kw)
        return fn(*(bound + args), **merged)
    return call

def curry(fn, arity):
    def step(args):
        def take(x):
            new = args + (x,)
            return fn(*new) if len(new) == arity else step(new)
        return take
    return step(())

def in_range(lo, hi, value):
    return lo <= value <= hi

def matches(prefix, value, case=True):
    return value.startswith(prefix) if case else value.lower().startswith(prefix.lower())

percent = partial(in_range, 0, 100)
is_http = partial(matches, "http", case=False)
print([percent(v) for v in (-1, 0, 50, 100, 101)])
print([is_http(u) for u in ("http://a", "HTTPS://b", "ftp://c")])
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3("a")("b")("c"))
step1 = add3(10)
print(step1(1)(1), step1(2)(2))

def validator(**rules):
    def validate(record):
        errors = []
        for field in sorted(rules):
            check = rules[field]
            if field not in record:
                errors.append(field + ": missing")
            elif not check(record[field]):
                errors.append(field + ": invalid %r" % (record[field],))
        return errors
    return validate

check = validator(age=partial(in_range, 0, 150), url=is_http, name=lambda s: len(s) > 1)
for rec in ({"age": 30, "url": "http://x", "name": "ann"}, {"age": 200, "name": "b"}, {}):
    print(check(rec))

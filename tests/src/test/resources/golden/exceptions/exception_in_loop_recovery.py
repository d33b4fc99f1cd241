# Catching per-item errors in a batch job and summarising them.
rows = ["10,2", "7,0", "x,1", "8", "9,3", "100,7"]
ok, failed = [], []
for i, row in enumerate(rows):
    try:
        a, b = row.split(",")
        ok.append((i, int(a) // int(b)))
    except ZeroDivisionError as e:
        failed.append((i, "zero", str(e)))
    except ValueError as e:
        failed.append((i, "value", str(e)))
    finally:
        pass
print("ok", ok)
for f in failed:
    print("failed", f)
errors = {}
for _, kind, _ in failed:
    errors[kind] = errors.get(kind, 0) + 1
print(sorted(errors.items()))
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e), e.args)
e = None
try:
    raise TypeError("scoped")
except TypeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("name deleted after except:", ne)

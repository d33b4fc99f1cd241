# exit: 1
# An exception escaping a generator shows the generator frame in the traceback.
def readings():
    for raw in ["12", "15", "n/a", "20"]:
        yield int(raw)

total = 0
for r in readings():
    total += r
    print("reading", r, "total", total)

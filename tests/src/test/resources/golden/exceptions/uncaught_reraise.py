# exit: 1
# A handler logs an error and re-raises it with a bare raise; the uncaught traceback shows the original frames.
log = []

def read_sensor(i):
    if i == 3:
        raise OSError(19, "ENODEV")
    return i * 10

def poll(ids):
    results = {}
    for i in ids:
        try:
            results[i] = read_sensor(i)
        except OSError as e:
            log.append("sensor %d failed: %s" % (i, e))
            print("\n".join(log))
            raise
    return results

print(poll([1, 2]))
poll([1, 2, 3, 4])

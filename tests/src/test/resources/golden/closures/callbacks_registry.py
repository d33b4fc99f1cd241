# Callback registries with closures capturing loop state correctly, and unregistering.
def make_registry():
    callbacks = {}
    next_id = [0]
    def register(fn):
        next_id[0] += 1
        callbacks[next_id[0]] = fn
        return next_id[0]
    def unregister(cid):
        return callbacks.pop(cid, None) is not None
    def fire(*args):
        return [callbacks[k](*args) for k in sorted(callbacks)]
    return register, unregister, fire

register, unregister, fire = make_registry()
ids = []
for scale in (1, 10, 100):
    ids.append(register(lambda x, s=scale: x * s))
ids.append(register(lambda x: -x))
print(ids, fire(3))
print(unregister(ids[1]), unregister(99), fire(3))
log = []
def logger(prefix):
    def cb(x):
        log.append("%s:%s" % (prefix, x))
        return len(log)
    return cb
register(logger("A"))
register(logger("B"))
print(fire(7), log)

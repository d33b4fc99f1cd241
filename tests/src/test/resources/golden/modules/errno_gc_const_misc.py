# errno codes and names, OSError args, micropython.const folding in expressions, and gc calls that
# return no observable sizes.
import errno
import gc
import micropython
from micropython import const

print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EACCES, errno.ETIMEDOUT, errno.EAGAIN)
print(errno.errorcode[errno.ENOENT], errno.errorcode.get(errno.EIO), len([k for k in errno.errorcode if k > 0]) > 5)
e = OSError(errno.ENOENT, "no such file")
print(e.args, e.errno if hasattr(e, "errno") else e.args[0], str(e) if False else repr(e.args[0]))
try:
    raise OSError(errno.EINVAL)
except OSError as err:
    print(err.args, err.args[0] == errno.EINVAL, str(err))
WIDTH = const(320)
HEIGHT = const(240)
PIXELS = const(WIDTH * HEIGHT)
print(WIDTH, HEIGHT, PIXELS, PIXELS // 8, const(1 << 4), micropython.const(-5))
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.mem_free()).__name__, gc.collect() is None or "int")
print(micropython.opt_level() >= 0 if hasattr(micropython, "opt_level") else True)

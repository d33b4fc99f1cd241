# errno constants and errorcode, OSError construction and attributes.
import errno
for name in ("ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "EISDIR", "EINVAL", "EPERM", "EOPNOTSUPP",
             "EADDRINUSE", "ECONNABORTED", "ECONNRESET", "ENOBUFS", "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED",
             "EHOSTUNREACH", "EALREADY", "EINPROGRESS"):
    code = getattr(errno, name)
    print(name, code, errno.errorcode[code])
e = OSError(errno.ENOENT)
print(repr(e), str(e), e.errno, e.args)
e2 = OSError(errno.EEXIST, "exists")
print(repr(e2), str(e2), e2.errno)
try:
    raise OSError(errno.ETIMEDOUT)
except OSError as err:
    print("caught", err.errno == errno.ETIMEDOUT, err)
print(errno.errorcode.get(99999, "unknown"), len(errno.errorcode) > 10)

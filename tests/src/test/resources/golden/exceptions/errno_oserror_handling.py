# OSError with errno values as device drivers raise them; dispatching on errno and the errno module's names.
import errno

class FakeBus:
    def __init__(self, faults):
        self.faults = list(faults)
        self.reads = 0

    def read(self, addr):
        self.reads += 1
        if self.faults:
            code = self.faults.pop(0)
            if code:
                raise OSError(code)
        return (addr * 7) & 0xFF

def robust_read(bus, addr, tries=4):
    for attempt in range(1, tries + 1):
        try:
            return bus.read(addr), attempt
        except OSError as e:
            code = e.args[0]
            name = errno.errorcode.get(code, "?")
            if code in (errno.EAGAIN, errno.ETIMEDOUT):
                print("  addr %02x try %d: %s, retrying" % (addr, attempt, name))
                continue
            if code == errno.ENODEV:
                print("  addr %02x: %s, giving up" % (addr, name))
                return None, attempt
            raise
    return None, tries

bus = FakeBus([errno.EAGAIN, 0, errno.ETIMEDOUT, errno.ETIMEDOUT, 0, errno.ENODEV, 0])
for addr in (0x10, 0x20, 0x30, 0x40):
    print("read %02x ->" % addr, robust_read(bus, addr))
bus = FakeBus([errno.EIO])
try:
    robust_read(bus, 0x50)
except OSError as e:
    print("unhandled:", e, e.errno, errno.errorcode[e.errno])
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EACCES)
for code in (errno.ENOENT, errno.EEXIST, errno.EBADF):
    e = OSError(code, "detail")
    print(repr(e), str(e), e.errno)
print(sorted(k for k in (errno.EPERM, errno.EIO, errno.ENOMEM)))

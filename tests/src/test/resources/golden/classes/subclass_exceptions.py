# exit: 1
# An exception hierarchy with extra attributes, as device drivers define them


class DeviceError(Exception):
    def __init__(self, message, address=None):
        super().__init__(message)
        self.address = address

    def describe(self):
        where = "" if self.address is None else " at 0x%02x" % self.address
        return "%s%s" % (self.args[0], where)


class BusError(DeviceError):
    pass


class TimeoutError_(BusError):
    def __init__(self, address, ms):
        super().__init__("timed out after %d ms" % ms, address)
        self.ms = ms


class ConfigError(DeviceError):
    pass


class ChecksumError(ValueError):
    def __init__(self, expected, got):
        super().__init__(expected, got)
        self.expected = expected
        self.got = got

    def __str__(self):
        return "checksum %04x != %04x" % (self.expected, self.got)


def probe(kind):
    if kind == 0:
        raise TimeoutError_(0x3C, 250)
    if kind == 1:
        raise BusError("NACK", 0x70)
    if kind == 2:
        raise ChecksumError(0xBEEF, 0xBEEE)
    if kind == 3:
        raise DeviceError("no device")
    return "ok"


for kind in range(5):
    try:
        print(kind, probe(kind))
    except BusError as e:
        print(kind, type(e).__name__, e, e.args, e.address, e.describe(), isinstance(e, DeviceError))
        if isinstance(e, TimeoutError_):
            print("  ms:", e.ms)
    except DeviceError as e:
        print(kind, "device:", e.describe(), repr(e))
    except ValueError as e:
        print(kind, "value:", e, e.args, e.expected, e.got, repr(e))

print(issubclass(TimeoutError_, Exception), TimeoutError_.__bases__)
e = BusError("x")
e.retries = 3
print(e.retries, e.address, str(e), repr(BusError("a", 1)))

try:
    class Both(KeyError, ValueError):
        pass
except TypeError as err:
    print("TypeError:", err)

try:
    try:
        probe(0)
    except BusError as inner:
        raise DeviceError("probe failed", inner.address)
except DeviceError as outer:
    print(outer, outer.address)

raise ChecksumError(1, 2)

# A device-driver exception hierarchy: catching by base class, tuples of classes, order of except clauses, args.
class DeviceError(Exception):
    def __init__(self, device, msg, code=0):
        super().__init__(msg)
        self.device = device
        self.code = code

    def describe(self):
        return "%s[%s]: %s (code %d)" % (type(self).__name__, self.device, self.args[0], self.code)

class BusError(DeviceError):
    pass

class I2CError(BusError):
    pass

class SPIError(BusError):
    pass

class SensorError(DeviceError):
    pass

class CalibrationError(SensorError):
    def __init__(self, device, expected, got):
        super().__init__(device, "calibration off by %d" % (got - expected), 7)
        self.expected = expected
        self.got = got

class Retryable:
    retry_after = 5

class TimeoutDeviceError(DeviceError, Retryable):
    pass

def operate(kind):
    if kind == "i2c":
        raise I2CError("bme280", "NACK at 0x76", 2)
    if kind == "spi":
        raise SPIError("flash", "busy", 3)
    if kind == "cal":
        raise CalibrationError("thermo", 100, 97)
    if kind == "timeout":
        raise TimeoutDeviceError("modem", "no reply", 110)
    if kind == "value":
        raise ValueError("plain value error")
    return "ok"

for kind in ("ok", "i2c", "spi", "cal", "timeout", "value"):
    try:
        r = operate(kind)
    except (I2CError, SPIError) as e:
        print("bus problem:", e.describe(), isinstance(e, BusError))
    except SensorError as e:
        print("sensor problem:", e.describe(), e.expected, e.got)
    except DeviceError as e:
        if isinstance(e, Retryable):
            print("retry in", e.retry_after, "s:", e.describe(), e.args)
        else:
            print("generic device:", e.describe())
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("result:", r)

print([c.__name__ for c in (I2CError, CalibrationError, TimeoutDeviceError)])
print(issubclass(I2CError, DeviceError), issubclass(CalibrationError, BusError), issubclass(TimeoutDeviceError, Retryable))
print(issubclass(DeviceError, Exception), issubclass(DeviceError, BaseException), issubclass(KeyboardInterrupt, Exception))
e = CalibrationError("x", 5, 9)
print(str(e), repr(e), e.args)
try:
    try:
        operate("spi")
    except SensorError:
        print("not reached")
except BusError as e:
    print("outer caught", type(e).__name__, e.code)

# catching via a tuple built at run time
handled = (KeyError, IndexError)
for thunk in (lambda: {}["k"], lambda: [][1], lambda: 1 // 0):
    try:
        thunk()
    except handled as e:
        print("handled", type(e).__name__, repr(e))
    except ArithmeticError as e:
        print("arithmetic", type(e).__name__, e)

# A simulated I2C bus: devices answering at addresses, register reads/writes with auto-increment, a bus scan,
# and decoding a temperature sensor's 12-bit two's complement readings.
class NackError(OSError):
    pass

class Device:
    def __init__(self, name, regs):
        self.name = name
        self.regs = bytearray(regs)
        self.pointer = 0

    def write(self, data):
        self.pointer = data[0]
        for b in data[1:]:
            self.regs[self.pointer % len(self.regs)] = b
            self.pointer += 1

    def read(self, n):
        out = bytearray()
        for _ in range(n):
            out.append(self.regs[self.pointer % len(self.regs)])
            self.pointer += 1
        return bytes(out)

class Bus:
    def __init__(self):
        self.devices = {}
        self.transactions = 0

    def attach(self, addr, dev):
        self.devices[addr] = dev

    def _dev(self, addr):
        self.transactions += 1
        if addr not in self.devices:
            raise NackError(19, "no ACK from 0x%02x" % addr)
        return self.devices[addr]

    def writeto(self, addr, data):
        self._dev(addr).write(data)

    def readfrom_mem(self, addr, reg, n):
        d = self._dev(addr)
        d.write(bytes([reg]))
        return d.read(n)

    def scan(self):
        found = []
        for a in range(0x08, 0x78):
            try:
                self._dev(a)
                found.append(a)
            except NackError:
                pass
        return found

def temp_from_raw(msb, lsb):
    raw = ((msb << 8) | lsb) >> 4
    if raw & 0x800:
        raw -= 1 << 12
    return raw * 0.0625

bus = Bus()
bus.attach(0x48, Device("tmp102", [0x19, 0x20, 0x60, 0xA0, 0x4B, 0x00, 0x50, 0x00]))
bus.attach(0x68, Device("rtc", range(16)))
bus.attach(0x3C, Device("oled", [0] * 4))
print("scan:", [hex(a) for a in bus.scan()], "transactions", bus.transactions)
raw = bus.readfrom_mem(0x48, 0, 2)
print("raw", raw.hex(), "temp %.4f C" % temp_from_raw(raw[0], raw[1]))
for msb, lsb in ((0x7F, 0xF0), (0x00, 0x10), (0xFF, 0xF0), (0xE7, 0x00), (0xC9, 0x00)):
    print("%02x%02x -> %8.4f C" % (msb, lsb, temp_from_raw(msb, lsb)))
bus.writeto(0x68, bytes([2, 0x59, 0x23, 0x11]))
print("rtc regs", bus.readfrom_mem(0x68, 0, 6).hex())
print("wraps", bus.readfrom_mem(0x3C, 2, 6).hex())
try:
    bus.readfrom_mem(0x50, 0, 1)
except OSError as e:
    print("OSError:", e, "errno", e.errno, isinstance(e, NackError))
def bcd(b):
    return (b >> 4) * 10 + (b & 0xF)
h, m, s = [bcd(x) for x in reversed(bus.readfrom_mem(0x68, 2, 3))]
print("time %02d:%02d:%02d" % (h, m, s))

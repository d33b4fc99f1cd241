# A simulated SPI NOR flash: pages, sectors, erase-before-write (bits only go 1 -> 0), a status register and a
# tiny log-structured key/value store on top of it using memoryview slices.
class FlashError(Exception):
    pass

class NorFlash:
    PAGE = 32
    SECTOR = 128

    def __init__(self, size):
        self.mem = bytearray(b"\xff" * size)
        self.wel = False
        self.stats = {"program": 0, "erase": 0, "read": 0}

    def write_enable(self):
        self.wel = True

    def status(self):
        return 0x02 if self.wel else 0x00

    def read(self, addr, n):
        self.stats["read"] += 1
        return bytes(memoryview(self.mem)[addr:addr + n])

    def program(self, addr, data):
        if not self.wel:
            raise FlashError("write not enabled")
        page_end = (addr // self.PAGE + 1) * self.PAGE
        if addr + len(data) > page_end:
            raise FlashError("program crosses page boundary at 0x%04x" % page_end)
        for i, b in enumerate(data):
            self.mem[addr + i] &= b  # NOR flash can only clear bits
        self.wel = False
        self.stats["program"] += 1

    def erase_sector(self, addr):
        if not self.wel:
            raise FlashError("write not enabled")
        start = addr // self.SECTOR * self.SECTOR
        self.mem[start:start + self.SECTOR] = b"\xff" * self.SECTOR
        self.wel = False
        self.stats["erase"] += 1

class KVLog:
    # record: key length, value length, key, value; 0xFF length means free space
    def __init__(self, flash):
        self.flash = flash
        self.end = self._scan()

    def _scan(self):
        pos = 0
        while pos < len(self.flash.mem) and self.flash.mem[pos] != 0xFF:
            pos += 2 + self.flash.mem[pos] + self.flash.mem[pos + 1]
        return pos

    def put(self, key, value):
        rec = bytes([len(key), len(value)]) + key + value
        while rec:
            room = self.flash.PAGE - self.end % self.flash.PAGE
            part, rec = rec[:room], rec[room:]
            self.flash.write_enable()
            self.flash.program(self.end, part)
            self.end += len(part)

    def items(self):
        out = {}
        pos = 0
        mv = memoryview(self.flash.mem)
        while pos < self.end:
            kl, vl = mv[pos], mv[pos + 1]
            key = bytes(mv[pos + 2:pos + 2 + kl])
            out[key] = bytes(mv[pos + 2 + kl:pos + 2 + kl + vl])
            pos += 2 + kl + vl
        return out

f = NorFlash(512)
try:
    f.program(0, b"x")
except FlashError as e:
    print("FlashError:", e)
f.write_enable()
print("status %02x" % f.status())
f.program(0, b"\x0f\xf0")
f.write_enable()
f.program(0, b"\xf3\x3f")
print(f.read(0, 4).hex(), "status %02x" % f.status())
f.write_enable()
try:
    f.program(30, b"abcd")
except FlashError as e:
    print("FlashError:", e)
f.write_enable()
f.erase_sector(5)
print(f.read(0, 4).hex())

kv = KVLog(f)
for k, v in ((b"ssid", b"workshop"), (b"pass", b"hunter2"), (b"boots", b"1"), (b"boots", b"2"), (b"tz", b"+01:00"),
             (b"boots", b"3")):
    kv.put(k, v)
print("log end", kv.end)
print(sorted(kv.items().items()))
again = KVLog(f)
print("rescan end", again.end, again.items() == kv.items())
print(f.read(0, 40).hex())
print(sorted(f.stats.items()))

# Bit manipulation for a simulated peripheral: register fields, masks, set/clear/toggle, bit counting and reversal.
class Field:
    def __init__(self, name, shift, width, access="rw"):
        self.name = name
        self.shift = shift
        self.width = width
        self.mask = ((1 << width) - 1) << shift
        self.access = access

class Register:
    def __init__(self, name, fields, reset=0):
        self.name = name
        self.fields = {f.name: f for f in fields}
        self.order = [f.name for f in fields]
        self.value = reset

    def read(self, name):
        f = self.fields[name]
        return (self.value & f.mask) >> f.shift

    def write(self, name, v):
        f = self.fields[name]
        if f.access == "ro":
            raise ValueError("%s.%s is read-only" % (self.name, name))
        if v >> f.width:
            raise ValueError("%d does not fit %s (%d bits)" % (v, name, f.width))
        self.value = (self.value & ~f.mask) | (v << f.shift)
        self.value &= 0xFFFFFFFF

    def dump(self):
        parts = ["%s=%d" % (n, self.read(n)) for n in self.order]
        return "%s 0x%08X [%s]" % (self.name, self.value, " ".join(parts))

ctrl = Register("CTRL", [Field("EN", 0, 1), Field("MODE", 1, 3), Field("PRESC", 4, 8),
                         Field("IRQ", 12, 1), Field("STATUS", 28, 4, "ro")], reset=0x30000000)
print(ctrl.dump())
ctrl.write("EN", 1)
ctrl.write("MODE", 5)
ctrl.write("PRESC", 0xC8)
print(ctrl.dump())
for name, v in (("MODE", 9), ("STATUS", 1)):
    try:
        ctrl.write(name, v)
    except ValueError as e:
        print("error:", e)
ctrl.value ^= 1 << 12
print(ctrl.dump())

def popcount(x):
    n = 0
    while x:
        x &= x - 1
        n += 1
    return n

def reverse_bits(x, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r

def lowest_set(x):
    return (x & -x)

def bit_length(x):
    n = 0
    while x:
        x >>= 1
        n += 1
    return n

for x in (0, 1, 0xA5, 0x80000000, 0xDEADBEEF, 0x0F0F):
    print("%08X pop=%2d rev8=%02X rev32=%08X low=%X len=%d" % (
        x, popcount(x), reverse_bits(x & 0xFF, 8), reverse_bits(x, 32), lowest_set(x), bit_length(x)))

# rotate and sign-extend helpers as used when decoding sensor registers
def rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF

def sign_extend(v, bits):
    sign = 1 << (bits - 1)
    return (v & (sign - 1)) - (v & sign)

print(["%08X" % rotl32(0x12345678, n) for n in (4, 8, 16, 28)])
print([sign_extend(v, 12) for v in (0x000, 0x7FF, 0x800, 0xFFF, 0x123, 0xF00)])
print(bin(0b1011 << 3), oct(0o17 | 0o60), hex(~0x0F & 0xFF), -17 >> 2, -17 & 0xFF)

# Peripheral register maps with struct and bit fields: pack a config block big-endian, decode status
# registers into named flags, and modify single fields with read-modify-write helpers.
import struct

FIELDS = {"enable": (0, 1), "mode": (1, 3), "gain": (4, 4), "rate": (8, 8)}


def get_field(reg, name):
    shift, width = FIELDS[name]
    return (reg >> shift) & ((1 << width) - 1)


def set_field(reg, name, value):
    shift, width = FIELDS[name]
    mask = ((1 << width) - 1) << shift
    if value >> width:
        raise ValueError("%s=%d does not fit %d bits" % (name, value, width))
    return (reg & ~mask) | (value << shift)


reg = 0
for name, value in (("enable", 1), ("mode", 5), ("gain", 12), ("rate", 200)):
    reg = set_field(reg, name, value)
    print("%-6s -> 0x%04x %s" % (name, reg, bin(reg)))
print({n: get_field(reg, n) for n in sorted(FIELDS)})
try:
    set_field(reg, "mode", 9)
except ValueError as e:
    print("ValueError", e)
block = struct.pack(">HHbB", reg, 0xBEEF, -3, 7)
print(block.hex(), struct.unpack(">HHbB", block), len(block))
status_bytes = bytes([0b10100101, 0b00000011])
status = struct.unpack("<H", status_bytes)[0]
names = ["ready", "busy", "err", "ovf", "irq", "dma", "tx", "rx", "fifo0", "fifo1"]
print([n for i, n in enumerate(names) if status >> i & 1])
regs = list(struct.unpack("<4H", struct.pack("<4H", 1, 2, 3, 0xFFFF)))
regs[2] = set_field(regs[2], "rate", 0xAB)
print(regs, struct.pack("<4H", *regs).hex())

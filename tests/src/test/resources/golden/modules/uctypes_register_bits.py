# A simulated GPIO/timer peripheral: 32-bit registers with bit fields, laid over a bytearray.
import uctypes

BF = uctypes.BF_POS
LEN = uctypes.BF_LEN

CTRL_BITS = {
    "enable": uctypes.BFUINT32 | 0 | 0 << BF | 1 << LEN,
    "mode": uctypes.BFUINT32 | 0 | 1 << BF | 2 << LEN,
    "prescaler": uctypes.BFUINT32 | 0 | 4 << BF | 8 << LEN,
    "irq_mask": uctypes.BFUINT32 | 0 | 16 << BF | 4 << LEN,
    "lock": uctypes.BFUINT32 | 0 | 31 << BF | 1 << LEN,
}

TIMER = {
    "CTRL": uctypes.UINT32 | 0,
    "ctrl": (0, CTRL_BITS),
    "COUNT": uctypes.UINT32 | 4,
    "RELOAD": uctypes.UINT32 | 8,
    "STATUS": uctypes.UINT8 | 12,
    "ready": uctypes.BFUINT8 | 12 | 0 << BF | 1 << LEN,
    "overflow": uctypes.BFUINT8 | 12 | 1 << BF | 1 << LEN,
    "channel": uctypes.BFUINT8 | 12 | 4 << BF | 3 << LEN,
    "CCR": (uctypes.ARRAY | 16, uctypes.UINT32 | 4),
    "half": (uctypes.ARRAY | 16, uctypes.UINT16 | 8),
}

regs_mem = bytearray(uctypes.sizeof(TIMER))
print("register block size", len(regs_mem), uctypes.sizeof(TIMER, uctypes.LITTLE_ENDIAN))
tim = uctypes.struct(uctypes.addressof(regs_mem), TIMER, uctypes.LITTLE_ENDIAN)


def show(label):
    c = tim.ctrl
    print("%-10s CTRL=%08x enable=%d mode=%d prescaler=%d irq=%s lock=%d" % (
        label, tim.CTRL, c.enable, c.mode, c.prescaler, bin(c.irq_mask), c.lock))


show("reset")
tim.ctrl.prescaler = 99
tim.ctrl.mode = 2
show("configure")
tim.ctrl.enable = 1
tim.ctrl.irq_mask = 0b1010
show("start")
tim.ctrl.mode = 7  # only 2 bits: masked to 3
show("mode=7")
tim.ctrl.prescaler = -1  # all ones in 8 bits
show("presc=-1")
tim.ctrl.lock = 1
show("locked")
print("raw bytes", bytes(regs_mem[0:4]))

# Writing the whole register replaces every field at once.
tim.CTRL = 0x0005_0631
show("CTRL write")

# A status byte with flag bits.
tim.STATUS = 0b0101_0011
print("status", tim.ready, tim.overflow, tim.channel)
tim.overflow = 0
tim.channel = 2
print("status", bin(tim.STATUS), tim.ready, tim.overflow, tim.channel)

# Counting with wrap-around in a 32-bit register.
tim.RELOAD = 0xFFFFFFF0
tim.COUNT = tim.RELOAD
for step in range(20):
    tim.COUNT += 1
print("count after wrap", tim.COUNT, "reload", hex(tim.RELOAD))
tim.COUNT = 2**32 + 7
print("truncated store", tim.COUNT)

# Capture/compare registers as an array, and the same memory seen as halves.
for i in range(4):
    tim.CCR[i] = (i + 1) * 0x10001
print("CCR", [hex(tim.CCR[i]) for i in range(4)])
print("halves", [tim.half[i] for i in range(8)])
tim.half[7] = 0xBEEF
print("CCR3", hex(tim.CCR[3]))
try:
    tim.CCR[4] = 1
except IndexError as e:
    print("IndexError:", e)

# The same register block in big-endian order reads differently.
be = uctypes.struct(uctypes.addressof(regs_mem), TIMER, uctypes.BIG_ENDIAN)
print("big-endian CTRL", hex(be.CTRL), "prescaler field", be.ctrl.prescaler)

# Native layout on this machine is little-endian.
nat = uctypes.struct(uctypes.addressof(regs_mem), TIMER)
print("native CTRL", hex(nat.CTRL), nat.CTRL == tim.CTRL, nat.ctrl.prescaler)

# Signed views of the same bits.
signed = uctypes.struct(uctypes.addressof(regs_mem), {
    "count": uctypes.INT32 | 4, "lo": uctypes.INT8 | 4, "hi": uctypes.INT16 | 6}, uctypes.LITTLE_ENDIAN)
print("signed", signed.count, signed.lo, signed.hi)

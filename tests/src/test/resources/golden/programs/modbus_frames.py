# Building and parsing Modbus RTU frames: function codes 3/6/16, CRC-16, exception responses, a slave simulator.
import struct

def crc16(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc

def frame(body):
    return body + struct.pack("<H", crc16(body))

def check(f):
    if len(f) < 4:
        raise ValueError("short frame")
    if crc16(f[:-2]) != struct.unpack("<H", f[-2:])[0]:
        raise ValueError("crc error")
    return f[:-2]

class Slave:
    def __init__(self, addr, nregs):
        self.addr = addr
        self.regs = [0] * nregs

    def handle(self, req):
        body = check(req)
        addr, fn = body[0], body[1]
        if addr != self.addr:
            return None
        try:
            if fn == 3:
                start, count = struct.unpack(">HH", body[2:6])
                if start + count > len(self.regs):
                    raise IndexError
                data = b"".join(struct.pack(">H", r) for r in self.regs[start:start + count])
                return frame(bytes([addr, fn, len(data)]) + data)
            if fn == 6:
                reg, value = struct.unpack(">HH", body[2:6])
                self.regs[reg] = value
                return frame(body[:6])
            if fn == 16:
                start, count, nbytes = struct.unpack(">HHB", body[2:7])
                values = struct.unpack(">%dH" % count, body[7:7 + nbytes])
                if start + count > len(self.regs):
                    raise IndexError
                self.regs[start:start + count] = list(values)
                return frame(body[:6])
            return frame(bytes([addr, fn | 0x80, 1]))
        except IndexError:
            return frame(bytes([addr, fn | 0x80, 2]))

def read_holding(addr, start, count):
    return frame(struct.pack(">BBHH", addr, 3, start, count))

def write_single(addr, reg, value):
    return frame(struct.pack(">BBHH", addr, 6, reg, value))

def write_multiple(addr, start, values):
    data = struct.pack(">%dH" % len(values), *values)
    return frame(struct.pack(">BBHHB", addr, 16, start, len(values), len(data)) + data)

def describe(resp):
    if resp is None:
        return "no response"
    body = check(resp)
    if body[1] & 0x80:
        return "exception fn=%d code=%d" % (body[1] & 0x7F, body[2])
    if body[1] == 3:
        n = body[2] // 2
        return "regs %s" % list(struct.unpack(">%dH" % n, body[3:3 + n * 2]))
    return "ack fn=%d %s" % (body[1], body[2:].hex())

slave = Slave(17, 10)
reqs = [write_single(17, 1, 0x1234), write_multiple(17, 4, [10, 20, 30]), read_holding(17, 0, 8),
        read_holding(17, 8, 5), read_holding(3, 0, 1), frame(bytes([17, 0x2B, 0, 0])), write_multiple(17, 9, [1, 2])]
for r in reqs:
    print(r.hex(), "->", describe(slave.handle(r)))
bad = bytearray(read_holding(17, 0, 2))
bad[3] ^= 1
try:
    slave.handle(bytes(bad))
except ValueError as e:
    print("ValueError:", e)
print("crc of 123456789 = %04x" % crc16(b"123456789"))
print(slave.regs)

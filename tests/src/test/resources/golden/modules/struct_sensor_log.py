# A binary sensor log: fixed-size records packed with struct, parsed back and summarised.
import struct
RECORD = "<IhHB"
SIZE = struct.calcsize(RECORD)
samples = [(1000, 215, 400, 1), (1060, 220, 410, 1), (1120, -15, 395, 0), (1180, 230, 3000, 1), (1240, 225, 405, 1)]
log = bytearray()
for s in samples:
    log += struct.pack(RECORD, *s)
print("record size", SIZE, "log bytes", len(log))
print(bytes(log[:SIZE]))
total_t = 0
count = 0
bad = []
for off in range(0, len(log), SIZE):
    ts, temp, press, flags = struct.unpack_from(RECORD, log, off)
    ok = flags & 1 and 300 <= press <= 1100
    print("t=%d temp=%5.1f pressure=%4d %s" % (ts, temp / 10, press, "ok" if ok else "REJECTED"))
    if ok:
        total_t += temp
        count += 1
    else:
        bad.append(ts)
print("mean temp %.2f over %d samples, rejected %s" % (total_t / 10 / count, count, bad))
header = struct.pack("<4sHH", b"LOG1", 1, len(samples))
magic, version, n = struct.unpack("<4sHH", header)
print(magic, version, n, struct.calcsize("<4sHH"))

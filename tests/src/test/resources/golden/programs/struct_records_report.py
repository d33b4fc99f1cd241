# Decoding a binary log of fixed-size struct records (big- and little-endian fields), then a min/max/avg report.
import struct

HEADER = ">4sBBH"
RECORD = "<IhHbB"
HSIZE = struct.calcsize(HEADER)
RSIZE = struct.calcsize(RECORD)

def build_log(n):
    out = bytearray(struct.pack(HEADER, b"LOG1", 1, 2, n))
    for i in range(n):
        ts = 1000 + i * 60
        temp = 215 + ((i * 7) % 13) * 3 - 18
        hum = 4000 + ((i * 11) % 9) * 125
        rssi = -40 - (i * 5) % 37
        channel = i % 3
        out += struct.pack(RECORD, ts, temp, hum, rssi, channel)
    return bytes(out)

def parse(blob):
    magic, major, minor, count = struct.unpack_from(HEADER, blob, 0)
    if magic != b"LOG1":
        raise ValueError("bad magic")
    expected = HSIZE + count * RSIZE
    if len(blob) < expected:
        raise ValueError("truncated: %d < %d" % (len(blob), expected))
    mv = memoryview(blob)
    recs = []
    for i in range(count):
        recs.append(struct.unpack(RECORD, mv[HSIZE + i * RSIZE:HSIZE + (i + 1) * RSIZE]))
    return (major, minor), recs

blob = build_log(18)
print("header", HSIZE, "record", RSIZE, "total", len(blob))
print("first bytes", blob[:12].hex())
version, recs = parse(blob)
print("version %d.%d, %d records" % (version + (len(recs),)))

by_channel = {}
for ts, temp, hum, rssi, ch in recs:
    by_channel.setdefault(ch, []).append((ts, temp / 10, hum / 100, rssi))

print("%-3s %5s %7s %7s %7s %8s %6s" % ("ch", "n", "tmin", "tmax", "tavg", "hum_avg", "rssi"))
for ch in sorted(by_channel):
    rows = by_channel[ch]
    temps = [r[1] for r in rows]
    hums = [r[2] for r in rows]
    print("%-3d %5d %7.1f %7.1f %7.2f %8.2f %6d" % (
        ch, len(rows), min(temps), max(temps), sum(temps) / len(temps), sum(hums) / len(hums), min(r[3] for r in rows)))
hottest = max(recs, key=lambda r: r[1])
print("hottest at t=%d: %.1fC on channel %d" % (hottest[0], hottest[1] / 10, hottest[4]))
span = recs[-1][0] - recs[0][0]
print("span %d s = %d min" % (span, span // 60))

for damaged in (blob[:40], b"LOGX" + blob[4:]):
    try:
        parse(damaged)
    except ValueError as e:
        print("ValueError:", e)

# patch one record in place and re-read it
buf = bytearray(blob)
struct.pack_into("<h", buf, HSIZE + 5 * RSIZE + 4, -123)
print(struct.unpack_from(RECORD, buf, HSIZE + 5 * RSIZE))
print(struct.unpack(">HH", struct.pack("<I", 0x12345678)), struct.pack(">q", -2).hex())

# A ring-buffer data logger: fixed capacity, level filtering, binary export with struct, summary.
import struct

LEVELS = {"DEBUG": 10, "INFO": 20, "WARN": 30, "ERROR": 40}

class RingLog:
    REC = "<IBH"

    def __init__(self, capacity, min_level="INFO"):
        self.capacity = capacity
        self.buf = [None] * capacity
        self.start = 0
        self.count = 0
        self.dropped = 0
        self.filtered = 0
        self.min_level = LEVELS[min_level]
        self.messages = []

    def log(self, t, level, msg):
        lv = LEVELS[level]
        if lv < self.min_level:
            self.filtered += 1
            return
        if msg not in self.messages:
            self.messages.append(msg)
        rec = (t, lv, self.messages.index(msg))
        if self.count < self.capacity:
            self.buf[(self.start + self.count) % self.capacity] = rec
            self.count += 1
        else:
            self.buf[self.start] = rec
            self.start = (self.start + 1) % self.capacity
            self.dropped += 1

    def __iter__(self):
        for i in range(self.count):
            yield self.buf[(self.start + i) % self.capacity]

    def export(self):
        out = bytearray(struct.pack("<HH", self.count, self.dropped))
        for rec in self:
            out += struct.pack(self.REC, *rec)
        return bytes(out)

    @staticmethod
    def parse(blob):
        count, dropped = struct.unpack_from("<HH", blob, 0)
        size = struct.calcsize(RingLog.REC)
        return dropped, [struct.unpack_from(RingLog.REC, blob, 4 + i * size) for i in range(count)]

names = {v: k for k, v in LEVELS.items()}
log = RingLog(5)
events = [(1, "INFO", "boot"), (2, "DEBUG", "probe"), (5, "WARN", "low battery"), (9, "INFO", "sync"),
          (12, "ERROR", "sensor fault"), (13, "INFO", "sync"), (20, "WARN", "low battery"),
          (21, "DEBUG", "probe"), (30, "ERROR", "sensor fault"), (31, "INFO", "shutdown")]
for e in events:
    log.log(*e)
for t, lv, mi in log:
    print("%4d %-5s %s" % (t, names[lv], log.messages[mi]))
print("kept", log.count, "dropped", log.dropped, "filtered", log.filtered)
blob = log.export()
print(len(blob), blob[:8])
dropped, recs = RingLog.parse(blob)
print(dropped, recs == list(log))
worst = max(log, key=lambda r: (r[1], r[0]))
print("worst", names[worst[1]], "at", worst[0], log.messages[worst[2]])
by_level = {}
for _, lv, _ in log:
    by_level[names[lv]] = by_level.get(names[lv], 0) + 1
print(sorted(by_level.items()))

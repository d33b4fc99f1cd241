# Reassembling fragmented packets that arrive out of order, with duplicates, a missing fragment and timeouts.
import random
import struct

def fragment(msg_id, payload, size):
    frags = []
    total = (len(payload) + size - 1) // size
    for i in range(total):
        chunk = payload[i * size:(i + 1) * size]
        frags.append(struct.pack(">HBB", msg_id, i, total) + chunk)
    return frags

class Reassembler:
    def __init__(self, timeout):
        self.timeout = timeout
        self.partial = {}
        self.done = []
        self.stats = {"dup": 0, "expired": 0, "complete": 0}

    def feed(self, now, frag):
        msg_id, idx, total = struct.unpack(">HBB", frag[:4])
        entry = self.partial.setdefault(msg_id, {"total": total, "parts": {}, "first": now})
        if idx in entry["parts"]:
            self.stats["dup"] += 1
            return
        entry["parts"][idx] = frag[4:]
        if len(entry["parts"]) == entry["total"]:
            data = b"".join(entry["parts"][i] for i in range(entry["total"]))
            del self.partial[msg_id]
            self.done.append((now, msg_id, data))
            self.stats["complete"] += 1

    def expire(self, now):
        for msg_id in sorted(self.partial):
            e = self.partial[msg_id]
            if now - e["first"] > self.timeout:
                missing = [i for i in range(e["total"]) if i not in e["parts"]]
                print("t=%d expire msg %d missing %s" % (now, msg_id, missing))
                del self.partial[msg_id]
                self.stats["expired"] += 1

random.seed(77)
messages = {1: b"The quick brown fox jumps over the lazy dog.", 2: b"MicroPython on the JVM!",
            3: bytes(range(65, 91)) * 2, 4: b"short"}
wire = []
for mid, payload in messages.items():
    wire.extend(fragment(mid, payload, 8))
wire.append(wire[3])
wire.append(wire[10])
dropped = wire.pop(12)
print("fragments on the wire:", len(wire), "dropped one of msg", struct.unpack(">H", dropped[:2])[0])
# deterministic shuffle with the seeded generator (random.shuffle is not available everywhere)
for i in range(len(wire) - 1, 0, -1):
    j = random.randint(0, i)
    wire[i], wire[j] = wire[j], wire[i]

r = Reassembler(timeout=10)
for t, frag in enumerate(wire):
    r.feed(t, frag)
    if t % 5 == 4:
        r.expire(t)
r.expire(100)
for t, mid, data in r.done:
    ok = data == messages[mid]
    print("t=%2d msg %d (%d bytes) ok=%s %r" % (t, mid, len(data), ok, data[:20]))
print(sorted(r.stats.items()))

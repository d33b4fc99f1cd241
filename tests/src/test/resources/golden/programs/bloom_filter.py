# A Bloom filter over a bytearray bit set with hand-written FNV and djb2 hashes (double hashing), measuring the
# false-positive rate against the theoretical estimate.
import math

def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h

def djb2(data):
    h = 5381
    for b in data:
        h = ((h << 5) + h + b) & 0xFFFFFFFF
    return h

class Bloom:
    def __init__(self, nbits, k):
        self.nbits = nbits
        self.k = k
        self.bits = bytearray((nbits + 7) // 8)
        self.count = 0

    def _positions(self, item):
        data = item.encode() if isinstance(item, str) else item
        h1, h2 = fnv1a(data), djb2(data) | 1
        return [(h1 + i * h2) % self.nbits for i in range(self.k)]

    def add(self, item):
        for p in self._positions(item):
            self.bits[p >> 3] |= 1 << (p & 7)
        self.count += 1

    def __contains__(self, item):
        return all(self.bits[p >> 3] >> (p & 7) & 1 for p in self._positions(item))

    def fill_ratio(self):
        ones = sum(bin(b).count("1") for b in self.bits)
        return ones / self.nbits

    def expected_fp(self):
        return (1 - math.exp(-self.k * self.count / self.nbits)) ** self.k

for nbits, k in ((256, 2), (512, 3), (1024, 4)):
    bf = Bloom(nbits, k)
    for i in range(60):
        bf.add("device-%03d" % i)
    missing = sum(1 for i in range(60) if "device-%03d" % i not in bf)
    fp = sum(1 for i in range(1000, 3000) if "device-%03d" % i in bf)
    print("bits=%4d k=%d fill=%.3f false negatives=%d false positives=%d/2000 (%.2f%%, expected %.2f%%)" % (
        nbits, k, bf.fill_ratio(), missing, fp, fp / 20, 100 * bf.expected_fp()))
bf = Bloom(64, 3)
for w in ("alpha", "beta", "gamma"):
    bf.add(w)
print(bf.bits.hex(), [w in bf for w in ("alpha", "beta", "gamma", "delta", "epsilon")])
print("%08x %08x %08x" % (fnv1a(b"hello"), djb2(b"hello"), djb2(b"")))
optimal_k = round(1024 / 60 * math.log(2))
print("optimal k for 1024 bits / 60 items:", optimal_k)

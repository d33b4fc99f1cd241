# Hamming(7,4) error-correcting code: encode nibbles, inject single-bit errors, correct them and detect doubles
# with an extra parity bit (SECDED), over a short byte message.
def encode_nibble(d):
    d1, d2, d3, d4 = (d >> 3) & 1, (d >> 2) & 1, (d >> 1) & 1, d & 1
    p1 = d1 ^ d2 ^ d4
    p2 = d1 ^ d3 ^ d4
    p3 = d2 ^ d3 ^ d4
    bits = [p1, p2, d1, p3, d2, d3, d4]
    word = 0
    for b in bits:
        word = (word << 1) | b
    overall = 0
    for b in bits:
        overall ^= b
    return (word << 1) | overall

def decode_word(w):
    parity = 0
    for i in range(8):
        parity ^= (w >> i) & 1
    bits = [(w >> (8 - i)) & 1 for i in range(1, 8)]
    s1 = bits[0] ^ bits[2] ^ bits[4] ^ bits[6]
    s2 = bits[1] ^ bits[2] ^ bits[5] ^ bits[6]
    s3 = bits[3] ^ bits[4] ^ bits[5] ^ bits[6]
    syndrome = s1 | (s2 << 1) | (s3 << 2)
    status = "ok"
    if syndrome and parity:
        bits[syndrome - 1] ^= 1
        status = "fixed bit %d" % syndrome
    elif syndrome and not parity:
        status = "double error"
    elif parity:
        status = "parity bit flipped"
    d = (bits[2] << 3) | (bits[4] << 2) | (bits[5] << 1) | bits[6]
    return d, status

msg = b"Hi!"
words = []
for byte in msg:
    words += [encode_nibble(byte >> 4), encode_nibble(byte & 0xF)]
print("codewords", ["{:08b}".format(w) for w in words])
for n in range(16):
    d, st = decode_word(encode_nibble(n))
    assert d == n and st == "ok"
print("all 16 nibbles round-trip")
flips = [(0, 1), (1, 6), (2, 0), (3, 3), (4, 7), (5, 2)]
damaged = list(words)
for i, bit in flips:
    damaged[i] ^= 1 << bit
damaged[5] ^= 1 << 5  # a second error in word 5
out = []
for i, w in enumerate(damaged):
    d, st = decode_word(w)
    out.append(d)
    print("word %d %s -> %x (%s)" % (i, "{:08b}".format(w), d, st))
recovered = bytes((out[i] << 4) | out[i + 1] for i in range(0, len(out), 2))
print(recovered, recovered == msg)

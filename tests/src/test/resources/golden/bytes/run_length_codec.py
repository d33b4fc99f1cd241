# Run-length encoding of byte strings in two formats (count/value pairs and a PackBits-style variant)
# with round-trip checks and compression ratios.
def rle_pairs(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)


def unrle_pairs(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out.extend(bytes([data[i + 1]]) * data[i])
    return bytes(out)


def packbits(data):
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        j = i + 1
        while j < n and data[j] == data[i] and j - i < 128:
            j += 1
        if j - i >= 2:
            out.append(257 - (j - i))
            out.append(data[i])
            i = j
            continue
        j = i + 1
        while j < n and j - i < 128 and not (j + 1 < n and data[j] == data[j + 1]):
            j += 1
        out.append(j - i - 1)
        out.extend(data[i:j])
        i = j
    return bytes(out)


def unpackbits(data):
    out = bytearray()
    i = 0
    while i < len(data):
        h = data[i]
        if h < 128:
            out.extend(data[i + 1:i + 2 + h])
            i += 2 + h
        else:
            out.extend(bytes([data[i + 1]]) * (257 - h))
            i += 2
    return bytes(out)


tests = [b"", b"a", b"aaaa", b"abcd", b"aaabccccccd", b"\x00" * 300, bytes(range(10)) + b"\xff" * 5,
         b"ABABABAB", b"xxxxyxxxxyxxxxy"]
for t in tests:
    p = rle_pairs(t)
    k = packbits(t)
    ok = unrle_pairs(p) == t and unpackbits(k) == t
    print(len(t), len(p), len(k), ok, p[:10].hex(), k[:10].hex())
img = bytes([0] * 20 + [255] * 12 + [0, 255] * 4 + [7] * 30)
pk = packbits(img)
print("image", len(img), "->", len(pk), "ratio %.2f" % (len(pk) / len(img)), unpackbits(pk) == img)

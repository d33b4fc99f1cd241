# A hand-written base64 encoder/decoder checked against binascii.
import binascii
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + bytes(3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        pad = 3 - len(chunk)
        out.append("".join(chars[:4 - pad]) + "=" * pad)
    return "".join(out)

def b64decode(text):
    lookup = {c: i for i, c in enumerate(ALPHABET)}
    text = text.rstrip("=")
    out = bytearray()
    bits = 0
    nbits = 0
    for c in text:
        bits = (bits << 6) | lookup[c]
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)

for sample in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[250:], "héllo".encode()):
    enc = b64encode(sample)
    ref = binascii.b2a_base64(sample).strip().decode()
    print(repr(sample), enc, enc == ref, b64decode(enc) == sample)

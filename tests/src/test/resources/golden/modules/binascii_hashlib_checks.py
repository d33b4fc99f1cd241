# Integrity checks with binascii and hashlib: hexlify/unhexlify round trips, base64 lines, crc32 of
# chunks combined incrementally, and SHA-256 digests updated in pieces.
import binascii
import hashlib

data = b"The quick brown fox jumps over the lazy dog"
print(binascii.hexlify(data[:8]), binascii.unhexlify(b"4d6963726f"), binascii.hexlify(b"\x00\xff", b":") if False else "")
print(binascii.b2a_base64(data), binascii.a2b_base64(b"TWljcm9QeXRob24="))
print(hex(binascii.crc32(data)), binascii.crc32(b""), hex(binascii.crc32(b"a")))
crc = 0
for i in range(0, len(data), 7):
    crc = binascii.crc32(data[i:i + 7], crc)
print(hex(crc), crc == binascii.crc32(data))
h = hashlib.sha256()
h.update(data[:10])
h.update(data[10:])
print(binascii.hexlify(h.digest()))
print(binascii.hexlify(hashlib.sha256(b"").digest()))
print(binascii.hexlify(hashlib.sha256(b"abc").digest())[:16], len(hashlib.sha256(b"x" * 1000).digest()))
for blob in (b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))):
    enc = binascii.b2a_base64(blob)
    print(len(blob), enc[:20], binascii.a2b_base64(enc) == blob)
try:
    binascii.unhexlify(b"abc")
except ValueError:
    print("odd-length hex rejected")

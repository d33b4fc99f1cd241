# hashlib: sha256 digests of known inputs, incremental updates and finalisation.
import hashlib, binascii
h = hashlib.sha256()
h.update(b"abc")
print(binascii.hexlify(h.digest()))
print(binascii.hexlify(hashlib.sha256(b"").digest()))
h2 = hashlib.sha256(b"hello ")
h2.update(b"world")
d = h2.digest()
print(binascii.hexlify(d), len(d))
try:
    h2.digest()  # MicroPython finalises the hash on the first digest()
except ValueError as e:
    print("ValueError:", e)
# sha1/md5 are left out: the wasm build has neither, so no .exp here could confirm them.
chain = b""
for i in range(3):
    chain = hashlib.sha256(chain + bytes([i])).digest()
print(binascii.hexlify(chain[:8]))

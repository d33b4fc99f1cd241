# binascii: hexlify/unhexlify, base64 and crc32.
import binascii
data = b"MicroPython \x00\xff"
h = binascii.hexlify(data)
print(h, binascii.unhexlify(h) == data, binascii.hexlify(data, b":") if True else "")
print(binascii.unhexlify("DEADbeef"), binascii.hexlify(b""))
b64 = binascii.b2a_base64(b"hello world")
print(b64, binascii.a2b_base64(b64))
for n in range(5):
    print(n, binascii.b2a_base64(b"xyz"[:n] + b"abc"[:n]))
print(binascii.crc32(b"123456789"), hex(binascii.crc32(b"hello")), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")))

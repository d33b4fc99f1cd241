# exit: 1
# An off-by-one reading past the end of a buffer inside a while loop; output before the error is kept.
def checksum(buf, length):
    total = 0
    i = 0
    while i <= length:
        total = (total + buf[i]) & 0xFF
        i += 1
    return total

frames = [bytearray(b"\x01\x02\x03"), bytearray(b"\x10\x20")]
print("sum of first two bytes:", checksum(frames[0], 1))
for f in frames:
    print("checksum", checksum(f, len(f)))

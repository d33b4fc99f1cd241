# memoryview: slicing without copying, writes through to the buffer, len and bytes().
data = bytearray(b"0123456789")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], bytes(mv[2:5]), mv[2:5].tobytes() if hasattr(mv, "tobytes") else bytes(mv[2:5]))
mv[0] = ord("A")
print(data)
part = mv[4:8]
part[0] = ord("x")
part[1:3] = b"yz"
print(data, len(part), bytes(part))
print(list(mv[7:]), bytes(mv[::1]) if True else "")
ro = memoryview(b"readonly")
print(bytes(ro[:4]), ro[0])
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
sub = mv[2:][2:][1:3]
print(bytes(sub))
total = 0
for byte in memoryview(b"\x01\x02\x03\x04"):
    total += byte
print(total)
print(bytes(memoryview(bytearray(3))), bytearray(mv[0:3]))

# bytes literals, indexing (ints), slicing, methods and repr.
b = b"Hello\x00\xffWorld"
print(b, len(b), b[0], b[-1], b[5], b[:5], b[6:], b[-5:])
print(list(b[:3]), bytes([72, 105]), bytes(3), bytes(range(65, 70)), bytes("hé", "utf-8"))
print(b.find(b"World"), b.index(b"\x00"), b.count(b"l"), b.startswith(b"Hel"), b.endswith(b"ld"))
print(b.upper() if hasattr(b, "upper") else "", b.replace(b"l", b"L"), b.split(b"\x00"), b.strip(b"Hd"))
print(b"-".join([b"a", b"b", b"c"]), b"ab" * 3, b"x" + b"y", b"a" in b"cat", 97 in b"cat")
print(b"abc" < b"abd", b"abc" == b"abc", b"" < b"\x00", hash(b"k") == hash(b"k"))
print(repr(b"'\"\n\t\\"), repr(b'only "double"'), repr(b"only 'single'"))
print(b.decode("utf-8", "ignore") if False else b[:5].decode(), str(b"abc", "ascii"))
print(b"%d-%s" % (5, b"x") if True else "", b"abc".hex() if hasattr(b"", "hex") else "")
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc"[::2]
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)

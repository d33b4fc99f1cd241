# More bytes/bytearray methods: split variants, strip, partition, center, comparisons.
line = b"  key=value; other = 2 ;  "
print(line.strip(), line.lstrip(), line.rstrip())
print(line.split(b";"), [p.strip() for p in line.split(b";")])
print(b"a b  c".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"k=v=w".partition(b"="), b"k=v".rpartition(b"=") if hasattr(b"", "rpartition") else "")
print(b"abc".center(7) if hasattr(b"", "center") else "", b"a\nb\r\nc".splitlines() if hasattr(b"", "splitlines") else "")
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".index(b"e"), b"hello".rindex(b"l"))
print(b"abc".isdigit(), b"123".isdigit(), b"abc".isalpha(), b" ".isspace(), b"ABC".isupper(), b"abc".lower())
print(bytearray(b" pad ").strip(), bytearray(b"a-b").split(b"-"), bytes(bytearray(b"x")).decode())
print(sorted([b"b", b"a", b"ab", b""]), max(b"az"), min(bytearray(b"mz")))

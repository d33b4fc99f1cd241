# bytes methods with unusual arguments: find/count with ints and ranges, split variants, strip sets,
# replace counts, startswith tuples, and mixing str and bytes in arguments.
b = b"one,two,,three,"
print(b.split(b","), b.split(b",", 2), b.rsplit(b",", 1), b.split(), b"  a  b ".split(), b"a b".split(None, 0))
print(b.find(b"t"), b.find(b"t", 5), b.rfind(b","), b.find(b""), b.count(b","), b.count(b"t", 0, 6))
print(b.count(b"o"), 116 in b, b"two" in b, b"" in b)
try:
    b.find(116)
except TypeError as e:
    print("TypeError", e)
print(b.index(b"three"), b.rindex(b"o"), b.startswith(b"one"), b.endswith((b"x", b",")), b.startswith(b"two", 4))
print(b"xxhixx".strip(b"x"), b"  pad ".strip(), b"..a..".lstrip(b"."), b"..a..".rstrip(b"."), b"abc".strip(b"abc"))
print(b.replace(b",", b";"), b.replace(b",", b"", 2), b.replace(b"t", b"T", -1), b"aaa".replace(b"a", b"bb", 1))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"ab" * 3, 2 * b"x", b"ab" + b"cd")
print(b"Hello".upper(), b"Hello".lower(), b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"aB".islower())
print(b"a:b:c".partition(b":"), b"a:b:c".rpartition(b":"), b"abc".partition(b"z"))
print(b"%s=%d" % (b"x", 5) if hasattr(bytes, "__mod__") else "no bytes %")
for f in (lambda: b.split(","), lambda: b.find("t"), lambda: b"a" + "b", lambda: b"-".join(["a"]), lambda: b.index(b"zz"),
          lambda: b.replace("o", b"0"), lambda: b"x".strip("x"), lambda: b.startswith("o"), lambda: b.count(300)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# bytes and bytearray in comparisons, membership, sorting and as dict/set keys; hashing equality
# between bytes values; iteration yields ints.
a, b = b"abc", bytearray(b"abc")
print(a == b, b == a, a is b, a < b"abd", b"ab" < a, b"" < a, a > b"ab\xff", b"\xff" > b"\x7f")
print(b < bytearray(b"abd"), b"B" < b"a", sorted([b"b", b"a", b"", b"ab", b"\x00"]))
print(a != "abc", a == "abc", b"a" in [b"a"], bytearray(b"a") in [b"a"], 97 in a, b"bc" in b)
d = {b"k": 1, b"": 2}
d[b"k" + b""] = 3
print(len(d), d[b"k"], d.get(bytes(bytearray(b"k"))), b"" in d)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError", e)
s = {b"x", b"y", b"x"}
print(len(s), b"x" in s, sorted(s))
print(hash(b"abc") == hash(bytes([97, 98, 99])), hash(b"") == hash(bytes()))
print([c for c in b"hi"], list(reversed(b"ab")), min(b"zab"), max(b"zab"), sum(b"\x01\x02"))
print(list(enumerate(b"ab")), list(zip(b"ab", b"cd")))
print(b"abc".count(b"") , len(b""), bool(b""), bool(b"\x00"), not bytearray())

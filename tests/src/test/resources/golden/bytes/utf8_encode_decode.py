# UTF-8 round trips: encode/decode of 1..4 byte sequences, lengths in characters versus bytes,
# decoding invalid data, slicing by characters, and str(bytes) forms.
samples = ["ascii", "caf\u00e9", "\u0394\u03b5\u03bb\u03c4\u03b1", "\u20ac100", "\u65e5\u672c", "emoji \U0001f40d", ""]
for s in samples:
    e = s.encode()
    print(len(s), len(e), e, e.decode() == s, s[::1] == s, s[-1:] if s else "-")
print("na\u00efve".encode("utf-8"), b"na\xc3\xafve".decode("utf-8"), str(b"caf\xc3\xa9", "utf-8"))
print(str(b"abc"), str(b"abc", "utf-8"), repr(str(b"\xc3\xa9", "utf8")))
for bad in (b"\xff", b"\xc3", b"abc\x80def", b"\xe2\x82"):
    try:
        print(repr(bad.decode()))
    except UnicodeError as e:
        print("UnicodeError", bad)
s = "h\u00e9llo w\u00f6rld"
print(s.upper(), s.find("w"), s.index("\u00f6"), s[1], s[1:4], s.split("\u00e9"), s.replace("\u00f6", "o"))
print([ord(c) for c in "\u00e9\u20ac\U0001f40d"], chr(233), chr(0x20ac), chr(0x1f40d).encode())
print("\u00e9" < "\u20ac", sorted(["\u00e9", "z", "a", "\u20ac"]), max("a\u00e9b"))
print(bytearray("\u00e9", "utf-8"), len(bytearray("\u20ac\u20ac", "utf-8")), "\u00e9".encode() in b"caf\xc3\xa9")

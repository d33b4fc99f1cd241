# str <-> bytes conversions, ord/chr, escapes and unicode lengths.
s = "Grüße ✓ 你好"
b = s.encode()
print(len(s), len(b), b)
print(b.decode() == s, str(b, "utf-8") == s)
print([ord(c) for c in "aZ0 ~"], [chr(n) for n in (65, 97, 0x263A, 0x1F40D)])
print(hex(ord("é")), "\u00e9" == "é", "\x41\x42", "\101", "tab\tend")
print(repr("quote ' and \" both"), repr('single \' only'), repr("new\nline"), repr("\x00\x7f\xff"))
print(repr("é✓"), repr("\U0001F40D"), repr("\u00ff\u0100"))
try:
    b"\xff\xfe".decode()
except UnicodeError as e:
    print("UnicodeError:", type(e).__name__)
print(bytes("abc", "utf-8"), "abc".encode("utf-8"), "x".encode("ascii") if True else "")
r = r"raw\n\t\\"
print(r, len(r))
print("a" "b" 'c' """d""")

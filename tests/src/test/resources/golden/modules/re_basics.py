# re: match/search/sub/split/group with MicroPython's regex subset.
try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit

m = re.match(r"(\w+)-(\d+)", "item-42 rest")
print(m.group(0), m.group(1), m.group(2))
print(re.match(r"\d+", "abc"), re.search(r"\d+", "abc123def").group(0))
s = re.search(r"(\d+)\.(\d+)", "version 1.27 build")
print(s.group(1), s.group(2), int(s.group(1)) * 100 + int(s.group(2)))
print(re.sub(r"\s+", " ", "too    many   spaces"), re.sub(r"(\d)", r"<\1>", "a1b22"))
print(re.compile(r"[,;] *").split("a, b;c,  d"), re.compile(r",").split("x"), hasattr(re, "split"))
pat = re.compile(r"^([a-z]+)=(.*)$")
for line in ["key=value", "n=", "Bad=1", "novalue"]:
    mm = pat.match(line)
    print(repr(line), (mm.group(1), mm.group(2)) if mm else None)
print(re.sub(r"a|e", "_", "banana bread"))
print(re.match(r"a*?b", "aaab").group(0), re.match(r"[^x]+", "abxcd").group(0), re.match(r"(a|b)+", "abbac").group(0))
print(re.search(r"end$", "the end").group(0), re.search(r"^the", "the end").group(0))
print(re.match(r"[0-9a-fA-F]+", "BEEFcafe!").group(0), re.match(r"\s*(\S+)", "   word rest").group(1))

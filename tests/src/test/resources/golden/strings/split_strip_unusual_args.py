# str.split / rsplit / strip family with unusual arguments: maxsplit 0 and negative, None separators,
# multi-character separators, empty results and characters sets given to strip.
s = "  a  b   c  "
print(s.split(), s.split(None), s.split(None, 0), s.split(None, 1), s.split(None, -1))
print(s.split(" "), s.split(" ", 2))
print(s.rsplit(" ", 3), s.rsplit(None), s.rsplit(None, -1))
try:
    s.rsplit(None, 1)
except NotImplementedError as e:
    print("NotImplementedError", e)
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("x--y--z".split("--"), "x--y--z".rsplit("--", 1), "--".split("--"))
print("abcabc".split("abc"), "aaa".split("a"), "aaa".split("aa"))
for bad in ("", ):
    try:
        "abc".split(bad)
    except ValueError as e:
        print("ValueError", e)
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("yx")), repr("hello".strip("")))
print(repr("..a..".lstrip(".")), repr("..a..".rstrip(".")), repr("\t\n a \r\x0b\x0c".strip()))
print(repr("abc".strip("abc")), repr("abc".strip()))
try:
    "abc".strip(None)
except TypeError as e:
    print("TypeError", e)
print("line1\nline2\r\nline3\rline4".splitlines())
print("a\n\nb\n".splitlines(), "".splitlines(), "\n".splitlines())
print("one\ntwo\n".splitlines(True))

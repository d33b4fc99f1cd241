# String literal escapes and how repr() chooses quotes and escapes characters.
samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\rx", "bell\a", "nul\0x",
    "\x7f", "\x1b[0m", "back\\slash", "\u00e9t\u00e9", "\u20ac", "\U0001f600", "\x80", "\xff", "",
    "oct\101\102", "\v\f\b",
]
for s in samples:
    print(len(s), repr(s))
print(repr("a" "b" 'c'), "con" "cat")
print(r"raw\n\t\\", len(r"\n"), r"\x41", repr(r"\'"))
print("\
continued")
print("""triple "quoted" 'text'""", '''other ''' "mix")
print(repr(b"\x00\x7f\x80\xff'\""), repr(b"it's"), repr(b'"'))
print(str("x"), repr(repr("x")), repr(str(repr("a'b"))))
print(ord("\n"), ord("\t"), chr(9) == "\t", "\x41\x42", "\101", "\u0041")
print("%r|%s" % ("\u00e9\n", "\u00e9"))

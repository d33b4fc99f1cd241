# Case, predicate and stripping methods of str.
words = ["hello", "World", "MIXED case", "  padded  ", "123", "abc123", "", "Title Case Here", "\tx\n"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.isdigit(), w.isalpha(), w.isspace(), w.isupper(), w.islower())
for w in words:
    print(repr(w.strip()), repr(w.lstrip()), repr(w.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "..a..".lstrip("."), "..a..".rstrip("."))
print("hello world".capitalize() if hasattr("", "capitalize") else "no capitalize")
print("a1".isalnum() if hasattr("", "isalnum") else "no isalnum")
print("sPoNgE".swapcase() if hasattr("", "swapcase") else "no swapcase")
print("hello world".title() if hasattr("", "title") else "no title")
print("Straße".upper(), "ÀÉÎ".lower())

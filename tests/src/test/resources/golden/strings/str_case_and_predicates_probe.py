# Case conversion and character predicates on ASCII, digits, whitespace and mixed strings,
# including empty strings, and counting classes of characters in a sample.
samples = ["", "abc", "ABC", "Abc", "a1", "123", "1.5", " ", "\t\n", "a b", "_", "ABC1", "abc!", "\u00e9"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower(), s.upper(), s.lower())
sample = "Hello, World! 123 MicroPython_v1.27\tok"
counts = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0}
for c in sample:
    if c.isupper():
        counts["upper"] += 1
    elif c.islower():
        counts["lower"] += 1
    elif c.isdigit():
        counts["digit"] += 1
    elif c.isspace():
        counts["space"] += 1
    else:
        counts["other"] += 1
print(sorted(counts.items()), sum(counts.values()) == len(sample))
print("mIxEd CaSe".swapcase() if hasattr(str, "swapcase") else "no swapcase", "hello world".capitalize() if hasattr(str, "capitalize") else "no capitalize")
print("ß".upper(), "İ".lower() == "i\u0307" or "other", "ǅ".upper(), "Σ".lower())

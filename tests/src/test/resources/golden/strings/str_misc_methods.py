# Less common str operations: comparison, min/max, sorting, membership, multiplication.
words = "delta Alpha charlie bravo echo Foxtrot".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words), max(words), min(words, key=len))
print("abc" * 2 + "d", "abc" < "abd" < "b")
print(str(123), str(1.5), str(None), str([1, "a"]), str(b"x"), str())
print(len("\n"), len("a\tb"))
print("%s" % "x".join(["1", "2", "3"]))
vowels = sum(1 for c in "programming in micropython" if c in "aeiou")
print("vowels", vowels)
print("hello".encode(), "A".lower() + "b".upper())
text = "one two three two one"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print("".join(sorted("micropython")), "".join(c for c in "a1b2c3" if c.isdigit()))

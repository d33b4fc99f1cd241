# Iterating strings: enumerate, zip, reversed, char classification, run-length encoding.
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)

def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)

for s in ("aaabccdddd", "abc", "", "zzzzzzzzzzzz"):
    enc = rle(s)
    print(repr(s), enc, unrle(enc) == s)
for i, c in enumerate("abc"):
    print(i, c, ord(c))
print(list(zip("abc", "xyz")), list(reversed("stressed")))
print([c for c in "Hello World" if c.isupper()], "".join(c.lower() for c in "MiXeD"))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "attack at dawn")
print(caesar)

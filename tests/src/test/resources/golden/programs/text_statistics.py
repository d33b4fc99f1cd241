# Text statistics: word frequencies, sentence lengths, character classes and a histogram.
TEXT = """MicroPython is a lean and efficient implementation of the Python 3 programming
language that includes a small subset of the Python standard library and is optimised
to run on microcontrollers and in constrained environments. The MicroPython pyboard is a
compact electronic circuit board that runs MicroPython on the bare metal, giving you a
low-level Python operating system that can be used to control all kinds of electronic
projects. MicroPython is packed full of advanced features such as an interactive prompt,
arbitrary precision integers, closures, list comprehension, generators, exception handling
and more. Yet it is compact enough to fit and run within just 256k of code space and 16k of RAM."""

def words(text):
    cleaned = []
    for c in text.lower():
        cleaned.append(c if c.isalpha() or c.isdigit() or c == "-" else " ")
    return "".join(cleaned).split()

ws = words(TEXT)
print("words", len(ws), "unique", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print("%-12s %2d %s" % (w, n, "*" * n))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(".") if s.strip()]
for i, s in enumerate(sentences, 1):
    print("sentence %d: %d words, starts %r" % (i, len(s.split()), s[:20]))
lengths = {}
for w in ws:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
for n in sorted(lengths):
    print("len %2d: %s" % (n, "#" * lengths[n]))
classes = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0}
for c in TEXT:
    if c.isupper():
        classes["upper"] += 1
    elif c.islower():
        classes["lower"] += 1
    elif c.isdigit():
        classes["digit"] += 1
    elif c.isspace():
        classes["space"] += 1
    else:
        classes["other"] += 1
print(sorted(classes.items()))
longest = max(ws, key=lambda w: (len(w), w))
print("longest", longest, "average %.3f" % (sum(len(w) for w in ws) / len(ws)))
print("lines", len(TEXT.split("\n")), "chars", len(TEXT))

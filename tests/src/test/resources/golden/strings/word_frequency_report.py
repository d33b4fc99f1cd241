# A word-frequency report: normalise text, count words, print a ranked table with bars and percentages.
TEXT = """
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A fox is quick, a dog is lazy -- or so the story goes. Quick, quick, QUICK.
"""

STOP = ("a", "is", "or", "so", "the", "over")


def tokens(text):
    word = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            word.append(ch.lower())
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def count(words, stop=()):
    freq = {}
    for w in words:
        if w in stop:
            continue
        freq[w] = freq.get(w, 0) + 1
    return freq


def ranked(freq):
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))


def report(freq, top=6, width=20):
    total = sum(freq.values())
    rows = ranked(freq)[:top]
    longest = max(len(w) for w, _ in rows)
    peak = rows[0][1]
    print("{:<{}} {:>5} {:>7}  {}".format("word", longest, "count", "share", "bar"))
    print("-" * (longest + 16 + width))
    for word, n in rows:
        bar = "#" * (n * width // peak)
        print("{:<{}} {:>5} {:>6.1f}%  {}".format(word, longest, n, 100 * n / total, bar))
    print("total words: %d, distinct: %d" % (total, len(freq)))


all_words = list(tokens(TEXT))
print(len(all_words), all_words[:8])
report(count(all_words))
print()
report(count(all_words, STOP), top=4, width=10)
lengths = {}
for w in set(all_words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))

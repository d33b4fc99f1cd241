# Build a word-frequency table and a line index (concordance) from text, with stop words and a bar chart.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

STOP = {"it", "was", "the", "of"}

def words(line):
    w = ""
    for ch in line.lower():
        if ch.isalpha():
            w += ch
        elif w:
            yield w
            w = ""
    if w:
        yield w

freq = {}
index = {}
for lineno, line in enumerate(TEXT.split("\n"), 1):
    for w in words(line):
        freq[w] = freq.get(w, 0) + 1
        if w not in STOP:
            lines = index.setdefault(w, [])
            if lineno not in lines:
                lines.append(lineno)

total = sum(freq.values())
print("words %d, distinct %d, stop words %d" % (total, len(freq), sum(freq[s] for s in STOP)))
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w, _ in ranked)
for w, n in ranked[:8]:
    print("%-*s %3d %5.1f%% %s" % (width, w, n, 100 * n / total, "=" * n))
print()
for w in sorted(index):
    print("%-12s %s" % (w, ", ".join(str(n) for n in index[w])))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
print(sorted((k, len(v)) for k, v in lengths.items()))
print("longest:", sorted(lengths[max(lengths)]))
pairs = {}
for line in TEXT.split("\n"):
    ws = [w for w in words(line) if w not in STOP]
    for a, b in zip(ws, ws[1:]):
        pairs[(a, b)] = pairs.get((a, b), 0) + 1
print(sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:4])

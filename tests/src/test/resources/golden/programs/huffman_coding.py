# Huffman coding: build the tree with heapq, encode/decode, and compare sizes.
import heapq

def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    order = 0
    for ch in sorted(freq):
        heap.append((freq[ch], order, ch))
        order += 1
    heapq.heapify(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, order, (a, b)))
        order += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix or "0"
    walk(heap[0][2], "")
    return freq, codes, heap[0][2]

def encode(text, codes):
    return "".join(codes[ch] for ch in text)

def decode(bits, tree):
    out = []
    node = tree
    for b in bits:
        node = node[int(b)]
        if not isinstance(node, tuple):
            out.append(node)
            node = tree
    return "".join(out)

text = "abracadabra alakazam banana bandana"
freq, codes, tree = build_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
bits = encode(text, codes)
print(len(bits), "bits vs", len(text) * 8, "ratio %.3f" % (len(bits) / (len(text) * 8)))
print(bits[:40])
print(decode(bits, tree) == text)
packed = bytes(int((bits[i:i + 8] + "0" * 8)[:8], 2) for i in range(0, len(bits), 8))
print(len(packed), packed[:6])

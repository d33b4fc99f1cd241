# Iterating dicts while building new ones; views; errors on mutation during iteration.
prices = {"apple": 0.5, "bread": 2.25, "cheese": 7.0, "dates": 3.5}
for name in sorted(prices):
    print(name, prices[name])
expensive = {k: v for k, v in prices.items() if v > 2}
print(sorted(expensive))
inverted = {v: k for k, v in prices.items()}
print(inverted[7.0], len(inverted))
print(sorted(prices.values()), sum(prices.values()))
total = 0
for k, v in prices.items():
    total += v
print(total)
print("apple" in prices.keys(), 0.5 in prices.values(), ("bread", 2.25) in prices.items())
try:
    for k in prices:
        prices[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(prices), sorted(prices))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()))

# Seeded pseudo-random streams (deterministic across runs): getrandbits, randint/randrange bounds,
# choice and uniform, a shuffle written with randrange, and reseeding reproducing a stream.
import random

random.seed(12345)
first = [random.getrandbits(16) for _ in range(5)]
random.seed(12345)
again = [random.getrandbits(16) for _ in range(5)]
print(first == again, all(0 <= v < 65536 for v in first))
random.seed(7)
rolls = [random.randint(1, 6) for _ in range(600)]
counts = [rolls.count(i) for i in range(1, 7)]
print(min(rolls), max(rolls), sum(counts), all(c > 50 for c in counts))
vals = [random.randrange(10, 20, 3) for _ in range(50)]
print(sorted(set(vals)), all(v in (10, 13, 16, 19) for v in vals))
fl = [random.random() for _ in range(100)]
print(all(0.0 <= f < 1.0 for f in fl), 0.3 < sum(fl) / len(fl) < 0.7)
u = [random.uniform(-2, 2) for _ in range(50)]
print(all(-2 <= v <= 2 for v in u))
deck = list(range(10))


def shuffle(items):
    for i in range(len(items) - 1, 0, -1):
        j = random.randrange(i + 1)
        items[i], items[j] = items[j], items[i]


random.seed(99)
shuffle(deck)
s1 = deck[:]
random.seed(99)
deck = list(range(10))
shuffle(deck)
print(s1 == deck, sorted(deck) == list(range(10)))
c = [random.choice("abc") for _ in range(30)]
print(set(c) <= set("abc"), random.getrandbits(0) if False else "skip")
for bad in (lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.choice([])):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)

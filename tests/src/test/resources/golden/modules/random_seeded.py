# random with a fixed seed: the same sequence every run, as MicroPython generates it.
import random
random.seed(42)
print([random.getrandbits(8) for _ in range(8)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(5)], random.randrange(10))
print(["%.6f" % random.random() for _ in range(3)])
print(["%.4f" % random.uniform(10, 20) for _ in range(3)])
print(random.choice("abcdef"), random.choice([10, 20, 30]))
random.seed(42)
first = random.getrandbits(8)
random.seed(42)
print(first == random.getrandbits(8))
deck = list(range(10))
for i in range(len(deck) - 1, 0, -1):
    j = random.randrange(i + 1)
    deck[i], deck[j] = deck[j], deck[i]
print(deck, sorted(deck) == list(range(10)))

# A seeded random walk and Monte-Carlo estimate whose numbers depend only on the seed.
import random
random.seed(12345)
pos = 0
path = []
for _ in range(20):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path, "final", pos, "max", max(path), "min", min(path))
random.seed(99)
inside = 0
N = 2000
for _ in range(N):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("inside", inside, "pi estimate %.3f" % (4 * inside / N))
random.seed(1)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(300)]
hist = {}
for r in rolls:
    hist[r] = hist.get(r, 0) + 1
for total in range(2, 13):
    print("%2d %s" % (total, "*" * (hist.get(total, 0) // 2)))

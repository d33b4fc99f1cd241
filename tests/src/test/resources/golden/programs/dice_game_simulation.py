# A seeded dice game tournament (Pig): strategies with different hold thresholds, statistics over many games.
import random

def play_turn(rng, hold_at, score, target):
    turn = 0
    rolls = 0
    while True:
        r = rng.randint(1, 6)
        rolls += 1
        if r == 1:
            return 0, rolls
        turn += r
        if turn >= hold_at or score + turn >= target:
            return turn, rolls

def game(rng, strategies, target=60):
    scores = [0] * len(strategies)
    turns = 0
    while True:
        for i, hold in enumerate(strategies):
            gained, _ = play_turn(rng, hold, scores[i], target)
            scores[i] += gained
            turns += 1
            if scores[i] >= target:
                return i, scores, turns

rng = random
rng.seed(12345)
strategies = {"timid": 8, "steady": 15, "bold": 25}
names = sorted(strategies)
wins = {n: 0 for n in names}
total_turns = 0
margins = []
for g in range(60):
    order = names[g % 3:] + names[:g % 3]
    w, scores, turns = game(rng, [strategies[n] for n in order])
    wins[order[w]] += 1
    total_turns += turns
    margins.append(scores[w] - max(s for i, s in enumerate(scores) if i != w))
    if g < 3:
        print("game %d order %s scores %s winner %s in %d turns" % (g, order, scores, order[w], turns))
print("wins", [(n, wins[n]) for n in names])
print("avg turns %.2f, avg margin %.2f, biggest %d" % (total_turns / 60, sum(margins) / len(margins), max(margins)))

# distribution of 2d6 sums
random.seed(99)
counts = [0] * 13
for _ in range(3600):
    counts[random.randint(1, 6) + random.randint(1, 6)] += 1
for s in range(2, 13):
    print("%2d %4d %s" % (s, counts[s], "*" * (counts[s] // 20)))
print(random.choice(["heads", "tails"]), random.randrange(10, 100, 5), "%.4f" % random.uniform(-1, 1))

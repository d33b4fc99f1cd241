# A deterministic Snake game on a small grid: scripted turns, food placed by a seeded generator, collisions.
import random

W, H = 12, 8
DIRS = {"U": (0, -1), "D": (0, 1), "L": (-1, 0), "R": (1, 0)}
OPPOSITE = {"U": "D", "D": "U", "L": "R", "R": "L"}

class Game:
    def __init__(self, seed):
        self.rng = random
        self.rng.seed(seed)
        self.snake = [(5, 4), (4, 4), (3, 4)]
        self.dir = "R"
        self.score = 0
        self.alive = True
        self.food = self.place_food()
        self.log = []

    def place_food(self):
        while True:
            p = (self.rng.randint(0, W - 1), self.rng.randint(0, H - 1))
            if p not in self.snake:
                return p

    def turn(self, d):
        if d != OPPOSITE[self.dir]:
            self.dir = d

    def step(self, t):
        dx, dy = DIRS[self.dir]
        hx, hy = self.snake[0]
        head = (hx + dx, hy + dy)
        if not (0 <= head[0] < W and 0 <= head[1] < H):
            self.alive = False
            self.log.append("t=%d hit wall at %s" % (t, head))
            return
        grow = head == self.food
        body = self.snake if grow else self.snake[:-1]
        if head in body:
            self.alive = False
            self.log.append("t=%d bit itself at %s" % (t, head))
            return
        self.snake = [head] + body
        if grow:
            self.score += 10
            self.log.append("t=%d ate food at %s, length %d" % (t, head, len(self.snake)))
            self.food = self.place_food()

    def render(self):
        rows = []
        for y in range(H):
            row = ""
            for x in range(W):
                p = (x, y)
                if p == self.snake[0]:
                    row += "@"
                elif p in self.snake:
                    row += "o"
                elif p == self.food:
                    row += "*"
                else:
                    row += "."
            rows.append(row)
        return "\n".join(rows)

def autopilot(g):
    # steer greedily toward the food, avoiding immediate death when possible
    hx, hy = g.snake[0]
    fx, fy = g.food
    prefs = []
    if fx > hx: prefs.append("R")
    if fx < hx: prefs.append("L")
    if fy > hy: prefs.append("D")
    if fy < hy: prefs.append("U")
    prefs += [d for d in "URDL" if d not in prefs]
    for d in prefs:
        if d == OPPOSITE[g.dir]:
            continue
        dx, dy = DIRS[d]
        nxt = (hx + dx, hy + dy)
        if 0 <= nxt[0] < W and 0 <= nxt[1] < H and nxt not in g.snake[:-1]:
            return d
    return g.dir

g = Game(31)
print(g.render())
for t in range(200):
    if not g.alive:
        break
    g.turn(autopilot(g))
    g.step(t)
print("\n".join(g.log[:12]))
print("...")
print("alive" if g.alive else "dead", "score", g.score, "length", len(g.snake))
print(g.render())
g2 = Game(1)
for t, d in enumerate("RRRRRRRR"):
    g2.turn(d)
    g2.step(t)
    if not g2.alive:
        break
print(g2.log)

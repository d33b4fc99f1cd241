# A fixed-size ring buffer on a list, compared with a list used as stack and deque as queue:
# overwrite-oldest semantics, snapshot order, and averages over the window.
from collections import deque


class Ring:
    def __init__(self, size):
        self.buf = [None] * size
        self.start = 0
        self.count = 0

    def push(self, x):
        end = (self.start + self.count) % len(self.buf)
        self.buf[end] = x
        if self.count < len(self.buf):
            self.count += 1
        else:
            self.start = (self.start + 1) % len(self.buf)

    def pop_oldest(self):
        if not self.count:
            raise IndexError("ring empty")
        x = self.buf[self.start]
        self.buf[self.start] = None
        self.start = (self.start + 1) % len(self.buf)
        self.count -= 1
        return x

    def items(self):
        return [self.buf[(self.start + i) % len(self.buf)] for i in range(self.count)]

    def __len__(self):
        return self.count


r = Ring(4)
q = deque((), 4)
for x in range(1, 8):
    r.push(x * 10)
    q.append(x * 10)
    print(x, r.items(), len(r), len(q), sum(r.items()) / len(r))
print(r.pop_oldest(), r.pop_oldest(), r.items(), q.popleft(), q.popleft(), len(q))
while len(r):
    r.pop_oldest()
try:
    r.pop_oldest()
except IndexError as e:
    print("IndexError", e)
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
    print(tok, stack)
try:
    q2 = deque((), 2, 1)
    q2.append(1)
    q2.append(2)
    q2.append(3)
except IndexError as e:
    print("IndexError", e)

# Matrix utilities on lists of lists with Fractions-free exact arithmetic: determinant, inverse via Gauss-Jordan
# using integer-only rational pairs, transpose, multiplication, and solving a linear system.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g

    def __add__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Q(-self.n, self.d)

    def __eq__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return self.n == o.n and self.d == o.d

    def __str__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)

def to_q(m):
    return [[Q(x) for x in row] for row in m]

def det(m):
    m = [row[:] for row in to_q(m)]
    n = len(m)
    sign = 1
    result = Q(1)
    for c in range(n):
        p = next((r for r in range(c, n) if not m[r][c] == 0), None)
        if p is None:
            return Q(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            sign = -sign
        result = result * m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return result * sign

def inverse(m):
    n = len(m)
    a = [row + [Q(1) if i == j else Q(0) for j in range(n)] for i, row in enumerate(to_q(m))]
    for c in range(n):
        p = next((r for r in range(c, n) if not a[r][c] == 0), None)
        if p is None:
            raise ValueError("singular matrix")
        a[c], a[p] = a[p], a[c]
        piv = a[c][c]
        a[c] = [x / piv for x in a[c]]
        for r in range(n):
            if r != c and not a[r][c] == 0:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]

def matmul(a, b):
    return [[sum((x * y for x, y in zip(row, col)), Q(0)) for col in zip(*b)] for row in a]

def show(name, m):
    print(name)
    for row in m:
        print("  [" + " ".join("%6s" % str(x) for x in row) + "]")

A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
S = [[1, 2], [2, 4]]
for name, m in (("A", A), ("B", B), ("S", S), ("I4", [[int(i == j) for j in range(4)] for i in range(4)])):
    print("det", name, "=", det(m))
show("inverse A", inverse(A))
show("inverse B", inverse(B))
show("B * inv(B)", matmul(to_q(B), inverse(B)))
show("transpose B", [list(r) for r in zip(*B)])
try:
    inverse(S)
except ValueError as e:
    print("S:", e)
# solve A x = b
b = [Q(1), Q(0), Q(1)]
x = [sum((a * v for a, v in zip(row, b)), Q(0)) for row in inverse(A)]
print("solution", [str(v) for v in x])

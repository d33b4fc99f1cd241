# Matrix operations with lists: multiply, transpose, determinant, inverse with fractions, solving.
def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shape mismatch %dx%d * %dx%d" % (len(a), len(a[0]), len(b), len(b[0])))
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return self.n == o.n and self.d == o.d
    def __repr__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)

def inverse(m):
    n = len(m)
    aug = [[Frac(x) for x in row] + [Frac(v) for v in idrow] for row, idrow in zip(m, identity(n))]
    for col in range(n):
        pivot = None
        for r in range(col, n):
            if not aug[r][col] == 0:
                pivot = r
                break
        if pivot is None:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

A = [[2, 1, 1], [1, 3, 2], [1, 0, 0]]
B = [[1, 2], [0, 1], [4, 0]]
print("A*B =", mat_mul(A, B))
print("B^T =", transpose(B))
print("det A =", det(A), "det I4 =", det(identity(4)))
inv = inverse(A)
print("inv A =", inv)
check = [[sum((Frac(A[i][k]) * inv[k][j] for k in range(3)), Frac(0)) for j in range(3)] for i in range(3)]
print("A * inv A =", check)
for bad in ([[1, 2], [2, 4]],):
    try:
        inverse(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    mat_mul(B, B)
except ValueError as e:
    print("ValueError:", e)
hilbert = [[Frac(1, i + j + 1) for j in range(3)] for i in range(3)]
print("hilbert", hilbert)
print("det 5x5", det([[(i * 7 + j * 3) % 5 + (i == j) for j in range(5)] for i in range(5)]))

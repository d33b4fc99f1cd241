# Matrices as lists of lists: transpose with zip, multiplication, identity, determinant by
# Gaussian elimination with Fraction-free integer arithmetic (Bareiss), and pretty printing.
def show(m, label):
    print(label)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) if hasattr(str, "rjust") else "%*s" % (width, x) for x in row) + "]")


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def det(m):
    a = [row[:] for row in m]
    n = len(a)
    sign = 1
    prev = 1
    for k in range(n - 1):
        if a[k][k] == 0:
            for r in range(k + 1, n):
                if a[r][k]:
                    a[k], a[r] = a[r], a[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
        prev = a[k][k]
    return sign * a[n - 1][n - 1]


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(A, "A")
show(transpose(A), "A^T")
show(matmul(A, B), "A*B")
show(matmul(B, A), "B*A")
print(matmul(identity(3), B) == B, transpose(transpose(A)) == A)
for m in ([[2]], [[1, 2], [3, 4]], [[0, 1], [1, 0]], [[2, -3, 1], [2, 0, -1], [1, 4, 5]],
          [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[0, 2, 1, 3], [1, 0, 2, 1], [3, 1, 0, 2], [2, 3, 1, 0]]):
    print(len(m), "x", len(m), "det", det(m))
P = [[1, 1], [1, 0]]
R = identity(2)
for _ in range(30):
    R = matmul(R, P)
print("fib via matrix", R[0][1], R[0])
grid = [[(r * 3 + c) % 5 for c in range(4)] for r in range(3)]
print(grid, [sum(r) for r in grid], [sum(c) for c in zip(*grid)], max(max(r) for r in grid))

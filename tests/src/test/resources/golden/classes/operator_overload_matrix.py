# A small 2x2 matrix class with __matmul__, __pow__, __eq__, reflected ops.
class M2:
    def __init__(self, a, b, c, d):
        self.v = (a, b, c, d)
    def __matmul__(self, o):
        a, b, c, d = self.v
        e, f, g, h = o.v
        return M2(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)
    def __pow__(self, n):
        result = M2(1, 0, 0, 1)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def __add__(self, o):
        if isinstance(o, int):
            return M2(*[x + o for x in self.v])
        return M2(*[x + y for x, y in zip(self.v, o.v)])
    def __radd__(self, o):
        return self + o
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return "[[%d %d] [%d %d]]" % self.v

fib = M2(1, 1, 1, 0)
for n in (1, 2, 5, 10, 30):
    print(n, fib ** n)
print((fib ** 90).v[1])
print(fib @ M2(1, 0, 0, 1) == fib, fib + 1, 1 + fib, fib + fib)
x = M2(1, 2, 3, 4)
x @= x
print(x)
x += 10
print(x)

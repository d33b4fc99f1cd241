# Chained comparisons evaluate each operand once and short-circuit.
calls = []

def v(n):
    calls.append(n)
    return n

print(1 < v(2) < 3, calls)
calls.clear()
print(5 < v(2) < v(10), calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(5) <= v(5), calls)
for n in (-1, 0, 5, 10, 11):
    print(n, 0 <= n <= 10, 0 < n < 10 != n)
x = 5
print(1 < x > 3, 1 < x < 3, x == 5 == 5.0, "a" < "b" < "c" > "a")
print(1 is not None is not False, 2 in [1, 2] in [[1, 2]], 3 not in [] not in [[]])

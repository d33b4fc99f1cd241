# Comparison chains: evaluation order and short-circuiting, mixed operators, `is`/`in` in chains,
# comparisons of different types, and chained comparisons inside boolean expressions.
trace = []


def v(x):
    trace.append(x)
    return x


print(v(1) < v(2) < v(3), trace)
trace.clear()
print(v(1) < v(0) < v(3), trace)
trace.clear()
print(v(3) > v(2) >= v(2) == v(2) != v(5), trace)
trace.clear()
print(1 < 2 > 1.5, 1 == 1.0 == True, 0 < 1 in [1], [] is not None is not False, "a" < "b" < "c" > "bz")
x = 5
print(0 <= x < 10, 0 <= x < 5, 10 > x > 4.99, x == 5 < 6, not 1 < x < 3, (1 < x) < 3)
print(1 < x and x < 10 or "no", None or 0 or [] or "last", 1 and 2 and 3, 0 and 1/0)
print((1, 2) < (1, 3) <= (2,), [1] < [1, 0] < [2], "abc" < "abd" < "b" < "ba")
print(1 == 1 is True, (1 == 1) is True, 2 in [2] == [2], 2 in ([2] == [2]) if False else "skip")
try:
    print(1 < "a" < 3)
except TypeError as e:
    print("TypeError", e)
trace.clear()
print(v(5) == v(6) == v(7), trace)
print(None == None, None is None, None != 0, 0 == False, 1 == True, 2 == True, 0.0 == -0.0, "1" == 1)

# Comparison operators on mixed types and containers.
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 2 != 2.0)
print("abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print((1, 2) == (1, 2), [1, 2] == (1, 2), [] == [])
print(1 == True, 0 == False, True + True)
print(None == None, None != 0)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1})
print({"a": 1} == {"a": 1}, {"a": 1} == {"a": 1.0})
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
for x, y in [(1, 2), (2, 2), (3, 2)]:
    print(x, y, x < y, x <= y, x == y, x >= y, x > y)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)

# Operator precedence and associativity: power vs unary minus, shifts vs arithmetic, bitwise vs
# comparison, not/and/or, conditional expressions, lambda and walrus placement.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** -2)
print(1 + 2 * 3, (1 + 2) * 3, 7 - 3 - 2, 2 * 3 % 4, 2 + 3 % 2, 100 // 10 // 3, 2 ** 2 * 3)
print(1 << 2 + 1, (1 << 2) + 1, 16 >> 1 + 1, 1 | 2 ^ 3 & 4, (1 | 2) ^ 3, 6 & 3 << 1, ~0 & 0xF, -~5, ~-5)
print(1 < 2 == 2, 3 & 1 == 1, (3 & 1) == 1, 1 + 1 == 2 and 2 * 2 == 4, not 1 == 2, not (1 == 2))
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 if True else 2 if False else 3, (1 if False else 2) + 10, 1 + (2 if 0 else 3))
f = lambda x: x + 1 if x > 0 else x - 1
print(f(1), f(-1), (lambda: 1 or 2)())
print([y := 5, y ** 2], (z := 3) * z)
print(-3 % 5, -(3 % 5), 2 * -3, - - 4, + - + 1, 5 - -5, 3 * -2 ** 2)
print(10 / 4 * 2, 10 / (4 * 2), 2 ** 0.5 * 2 ** 0.5 > 1.99, 7 // 2 * 2 + 7 % 2)
print("a" + "b" * 2, ("a" + "b") * 2, [1] * 2 + [0], "x" in "xy" == True, ("x" in "xy") == True)
a = [1, 2, 3]
print(a[1:] + a[:1], a[-1] * -1, -a[0], not a[0], a[0] - -a[1])

# Running totals over a range, mixing int and float arithmetic.
total = 0
squares = 0
for i in range(1, 11):
    total += i
    squares += i * i
    if i % 3 == 0:
        print("step", i, "total", total, "squares", squares)
print("mean", total / 10)
print("floor mean", total // 10)
print("remainder", total % 7)
print("negative floor", -total // 7, "negative mod", -total % 7)
print("power", 2 ** 10, 2 ** -1, (-2) ** 3)
x = 7
x *= 3
x -= 1
x //= 4
x **= 2
x %= 11
print("augmented", x)
print("precedence", 2 + 3 * 4 ** 2 - 10 // 3)
print("unary", -(-5), +3, ~7, not 0)

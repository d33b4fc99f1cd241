# divmod, //, % with negative operands; pow with two and three arguments.
for a in (7, -7, 7.5, -7.5, 0):
    for b in (2, -2, 0.5):
        print(a, b, a // b, a % b, divmod(a, b))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip")
print(pow(7, 3, 5), pow(123456789, 987654321, 1000000007), pow(-3, 3, 7), pow(3, 0, 1))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 ** -2, 0 ** 0, 0.0 ** 0, 4 ** 0.5)
for bad in ((1, 0), (1.0, 0.0)):
    try:
        divmod(*bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

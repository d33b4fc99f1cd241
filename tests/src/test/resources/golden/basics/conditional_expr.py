# if/elif/else chains and conditional expressions.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n > 100:
        kind = "big even"
    elif n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    size = "large" if abs(n) >= 1000 else "medium" if abs(n) >= 10 else "small"
    return kind + "/" + size

for n in [-5000, -3, 0, 4, 7, 42, 102, 999, 1001, 2000]:
    print(n, classify(n))

grade = lambda s: "A" if s >= 90 else ("B" if s >= 80 else ("C" if s >= 70 else "F"))
print([grade(s) for s in (95, 85, 75, 65, 90, 80)])
x = None
print(x if x is not None else "fallback")
print((lambda: "called")() if True else "not")

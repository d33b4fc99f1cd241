# Building strings incrementally: concatenation, join, %-format and a multiplication table.
rows = []
for i in range(1, 10):
    rows.append(" ".join("%2d" % (i * j) for j in range(1, 10)))
print("\n".join(rows))
s = ""
for word in ["build", "a", "sentence", "slowly"]:
    s += word + " "
print(repr(s.strip()), len(s))
parts = []
n = 1234567
while n:
    parts.append(str(n % 1000))
    n //= 1000
print(",".join(reversed(parts)))
triangle = [" " * (5 - i) + "*" * (2 * i - 1) for i in range(1, 6)]
print("\n".join(triangle))

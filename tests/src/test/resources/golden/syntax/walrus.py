# Assignment expressions (walrus) in while, if, comprehensions.
data = [3, 8, 1, 9, 4, 12, 7]
it = iter(data)
total = 0
while (v := next(it, None)) is not None:
    total += v
    if total > 20:
        print("passed 20 at", v)
        break
print("total", total)
if (n := len(data)) > 5:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
lines = ["a=1", "skip", "b=22", "c="]
parsed = {}
for line in lines:
    if (eq := line.find("=")) > 0 and (val := line[eq + 1:]):
        parsed[line[:eq]] = int(val)
print(sorted(parsed.items()))
print((z := 5) * z, z)
def f():
    return [(k, w) for k in range(3) if (w := k * k) % 2 == 0]
print(f())

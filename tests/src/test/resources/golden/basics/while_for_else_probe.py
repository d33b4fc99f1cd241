# Loop corner cases: for/while else with and without break, continue in else-less loops, loops over
# mutated lists, range with negative steps, nested break flags and loop variables after the loop.
for i in range(3):
    pass
else:
    print("for else ran, i =", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
for j in []:
    pass
else:
    print("empty for else ran")
n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("n after break", n)
items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items)
seen = []
lst = [1]
for x in lst:
    seen.append(x)
    if x < 4:
        lst.append(x + 1)
print(seen)
print(list(range(10, 0, -3)), list(range(0, -5, -1)), list(range(5, 5)), list(range(-3, 3, 2)))
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24 and a + b == 10:
            found = (a, b)
            break
    else:
        continue
    break
print(found)
total = 0
for k in range(10):
    if k % 3 == 0:
        continue
    total += k
print(total)
for q in range(0):
    pass
try:
    print(q)
except NameError as e:
    print("NameError", e)

# while/else and for/else with break and continue.
def find_first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d

for n in [2, 9, 15, 17, 49, 97, 100]:
    print(n, "->", find_first_divisor(n))

count = 0
for word in ["alpha", "beta", "", "gamma", "delta", ""]:
    if not word:
        continue
    count += 1
    if word.startswith("g"):
        print("found", word, "after", count)
        break
else:
    print("no g-word")

for i in range(3):
    pass
else:
    print("loop finished with i =", i)

i = 10
while i > 0:
    i -= 3
print("final i", i)

# range objects: iteration, indexing, slicing, len, membership, repr.
r = range(3, 20, 4)
print(r, list(r), len(r))
print(r[0], r[-1], r[2])
print(r[1:3], list(r[1:3]))
print(r[::-1], list(r[::-1]))
print(7 in r, 8 in r, 19 in r)
print(list(range(5)), list(range(5, 0, -1)), list(range(0)))
print(list(range(-3, 3)), list(range(10, 0, -3)))
print(range(0) == range(0), range(1, 5) == range(1, 5))
print(r.start, r.stop, r.step)
total = 0
for i in range(100):
    if i % 7 == 0:
        total += i
print("sum of multiples of 7 below 100:", total)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    r[10]
except IndexError as e:
    print("IndexError", e)

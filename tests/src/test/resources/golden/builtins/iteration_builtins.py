# iter/next with sentinels and defaults, enumerate start, zip shortest, map/filter laziness.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))
counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

try:
    print(list(iter(tick, 5)))
except TypeError as e:  # MicroPython's iter() takes no sentinel
    print("TypeError:", e)
print(list(enumerate("abc", 10)), list(enumerate([])))
print(list(zip(range(5), "ab")), list(zip("abc", range(10), [True, False])))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(lambda x: x > 1, [0, 1, 2, 3])
print(list(f), list(f))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(sum(map(int, "12345")), max(map(len, ["a", "abc", "ab"])))
print(list(map(pow, [2, 3], [3, 2])), min(zip([3, 1], ["c", "a"])))
gen = (i for i in range(3))
print(iter(gen) is gen, list(gen))

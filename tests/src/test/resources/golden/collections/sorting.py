# sorted/sort: stability, key functions, reverse, tuples and mixed comparisons.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 25, "nyc"), ("ed", 40, "sf")]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[2])
print([p[0] for p in by_city])
print(sorted("Hello World"), sorted([3, 1.5, 2, True]))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]), sorted({"b": 1, "a": 2}))
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums, sorted(nums, reverse=True) == nums[::-1])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted(range(10), key=lambda n: (n % 3, -n)))
print(sorted([], reverse=True), sorted((3, 2, 1)), sorted("cba", key=ord))

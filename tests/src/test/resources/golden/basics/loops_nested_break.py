# Nested loops with flags, break out of inner/outer loops, and for/else searches.
grid = [
    [3, 8, 1, 9],
    [4, 7, 2, 6],
    [5, 0, 11, 10],
]
target = 11
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    if found:
        break
print("found", target, "at", found)

def first_pair_with_sum(nums, total):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == total:
                return nums[i], nums[j]
    return None

print(first_pair_with_sum([1, 4, 6, 9, 12], 15), first_pair_with_sum([1, 2], 10))
for row in grid:
    for v in row:
        if v % 2 == 0:
            print("row", row, "first even", v)
            break
    else:
        print("row", row, "has no even number")
count = 0
for a in range(10):
    for b in range(10):
        if (a + b) % 7 == 0:
            continue
        count += 1
print("pairs not summing to a multiple of 7:", count)

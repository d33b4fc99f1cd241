# Classic sorting algorithms with comparison counters, checked against sorted(), plus stability and key functions.
import random

random.seed(11)

class Counter:
    def __init__(self):
        self.cmp = 0
        self.swaps = 0

    def less(self, a, b):
        self.cmp += 1
        return a < b

def bubble(a, c):
    a = a[:]
    n = len(a)
    for i in range(n):
        done = True
        for j in range(n - 1 - i):
            if c.less(a[j + 1], a[j]):
                a[j], a[j + 1] = a[j + 1], a[j]
                c.swaps += 1
                done = False
        if done:
            break
    return a

def insertion(a, c):
    a = a[:]
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and c.less(x, a[j]):
            a[j + 1] = a[j]
            c.swaps += 1
            j -= 1
        a[j + 1] = x
    return a

def merge_sort(a, c):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], c), merge_sort(a[mid:], c)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if c.less(right[j], left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick(a, c):
    a = a[:]
    def part(lo, hi):
        p = a[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while c.less(a[i], p):
                i += 1
            while c.less(p, a[j]):
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                c.swaps += 1
                i += 1
                j -= 1
        if lo < j:
            part(lo, j)
        if i < hi:
            part(i, hi)
    if a:
        part(0, len(a) - 1)
    return a

def heap_sort(a, c):
    a = a[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and c.less(a[child], a[child + 1]):
                child += 1
            if c.less(a[root], a[child]):
                a[root], a[child] = a[child], a[root]
                c.swaps += 1
                root = child
            else:
                return
    for s in range((n - 2) // 2, -1, -1):
        sift(s, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        c.swaps += 1
        sift(0, end - 1)
    return a

inputs = {
    "random": [random.randint(0, 99) for _ in range(40)],
    "sorted": list(range(20)),
    "reversed": list(range(20, 0, -1)),
    "dups": [3, 1, 3, 2, 1, 3, 2, 2, 1, 3] * 2,
    "empty": [],
}
print("%-10s %-9s %6s %6s" % ("input", "algo", "cmp", "swaps"))
for name, data in sorted(inputs.items()):
    for algo in (bubble, insertion, merge_sort, quick, heap_sort):
        c = Counter()
        out = algo(data, c)
        assert out == sorted(data), (name, algo.__name__)
        print("%-10s %-9s %6d %6d" % (name, algo.__name__[:9], c.cmp, c.swaps))
print("random head", inputs["random"][:10], "->", sorted(inputs["random"])[:10])

# stability with keys: merge sort keeps equal keys in input order
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40), ("fay", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
print(sorted(set(words)))
print(max(words, key=len), min(words, key=lambda w: w[-1]))

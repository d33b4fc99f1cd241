# Every list method, with the result after each step.
xs = [5, 3, 8]
xs.append(1); print(xs)
xs.extend([9, 2]); print(xs)
xs.extend(range(2)); print(xs)
xs.insert(0, 100); print(xs)
xs.insert(-1, 50); print(xs)
xs.insert(99, 7); print(xs)
print(xs.pop(), xs.pop(0), xs.pop(2), xs)
xs.remove(9); print(xs)
print(xs.index(50), xs.count(0), xs.count(42))
xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
xs.sort(key=lambda v: (v % 3, v)); print(xs)
xs.reverse(); print(xs)
ys = xs.copy(); ys.append("copy"); print(xs, ys)
ys.clear(); print(ys, len(ys))
print([1, 2] + [3], [0] * 4, [[]] * 2, 3 in [1, 2, 3], [1, 2] * 0)
zs = [1, 2, 3]
zs += [4]
zs *= 2
print(zs, zs.index(3, 3), sorted(zs) == zs)
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=len); print(words)
words.sort(key=str.lower, reverse=True); print(words)

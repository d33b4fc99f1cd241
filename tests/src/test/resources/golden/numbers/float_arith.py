# Float arithmetic: accumulation, mixed int/float, integer conversion, comparisons.
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(7 / 2, 7 // 2, 7.0 // 2, -7 / 2, -7 // 2.0, 2 ** -3, 10 / 5)
print(0.1 * 3, 0.3, 1 - 0.9, 1e16 + 1, 1e16 + 2)
print(int(2.5 * 4), float(3) / 2, 3 / 2.0, 3 * 1.5)
print(max(1, 2.5), min(-1, -1.5), sorted([3, 1.5, 2, -0.5]))
print(1 < 1.5 < 2, 2 == 2.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1))
c2f = [(c, c * 9 / 5 + 32) for c in (-40, 0, 37, 100)]
print(c2f)
mean = sum([2.5, 3.5, 9.0]) / 3
var = sum((x - mean) ** 2 for x in [2.5, 3.5, 9.0]) / 3
print(mean, var, "%.6f" % var ** 0.5)
print(1.5e3, 2.5e-3, 1e3 == 1000, 12.0e0)

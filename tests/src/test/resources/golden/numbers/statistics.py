# Descriptive statistics computed by hand: mean, median, mode, variance, percentiles, z-scores.
data = [12, 15, 11, 19, 15, 22, 8, 15, 30, 11, 14, 17]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
counts = {}
for v in data:
    counts[v] = counts.get(v, 0) + 1
mode = max(sorted(counts), key=lambda v: counts[v])
var_pop = sum((x - mean) ** 2 for x in data) / n
var_samp = sum((x - mean) ** 2 for x in data) / (n - 1)
print("n=%d mean=%.4f median=%s mode=%d" % (n, mean, median, mode))
print("var_pop=%.4f var_samp=%.4f std=%.4f" % (var_pop, var_samp, var_samp ** 0.5))

def percentile(sorted_vals, p):
    k = (len(sorted_vals) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(sorted_vals) - 1)
    return sorted_vals[f] + (sorted_vals[c] - sorted_vals[f]) * (k - f)

print(["%.2f" % percentile(s, p) for p in (0, 25, 50, 75, 90, 100)])
std = var_pop ** 0.5
print(["%+.2f" % ((x - mean) / std) for x in data])
outliers = [x for x in data if abs(x - mean) > 2 * std]
print("outliers", outliers, "range", s[-1] - s[0])

# math.erf, erfc, gamma, lgamma (MICROPY_PY_MATH_SPECIAL_FUNCTIONS): values at limited precision, poles as errors.
import math

# the normal distribution's CDF through erf
def normal_cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * (1 + math.erf((x - mu) / (sigma * math.sqrt(2))))


for x in (-3, -1.96, -1, 0, 0.5, 1, 1.96, 3):
    print("cdf(%5.2f) = %.9f" % (x, normal_cdf(x)))
print("within 1 sigma: %.6f" % (normal_cdf(1) - normal_cdf(-1)))

for x in (0.0, 0.1, 0.5, 1.0, 2.5, 4.0, 5.5, -0.3, -2.0):
    print("erf %.12g erfc %.12g" % (math.erf(x), math.erfc(x)), math.erf(x) + math.erfc(x) > 0.999999)
# erfc keeps relative precision far out in the tail
for x in (6, 10, 26):
    print("erfc(%d) = %.10e" % (x, math.erfc(x)))
print(math.erf(-0.0), math.erf(10), math.erf(-10), math.erfc(-10), math.erfc(100))
print(math.erf(float("inf")), math.erfc(float("inf")), math.erfc(float("-inf")))

# gamma generalises the factorial: gamma(n) == (n-1)!
for n in range(1, 11):
    print(n, math.gamma(n), math.exp(math.lgamma(n)) - math.gamma(n) < 1e-6 * math.gamma(n))
for x in (0.5, 1.5, 2.5, 0.1, 7.3, -0.5, -1.5, -2.5, -3.3, 1e-10):
    print("gamma(%g) = %.12g  lgamma = %.12g" % (x, math.gamma(x), math.lgamma(x)))
print("sqrt(pi) check:", abs(math.gamma(0.5) ** 2 - math.pi) < 1e-14)
print("%.10e %.10e" % (math.gamma(100), math.gamma(171)))
print("%.10g %.10g" % (math.lgamma(100), math.lgamma(1000.5)))
print(math.lgamma(1), math.lgamma(2), math.gamma(1), math.gamma(2))
print(math.gamma(float("inf")), math.lgamma(float("inf")), math.lgamma(float("-inf")))
print(math.isnan(math.gamma(float("nan"))), math.isnan(math.erf(float("nan"))))

# binomial coefficients through lgamma, as statistics code does
def log_choose(n, k):
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


print("%.8e" % math.exp(log_choose(50, 25)), round(math.exp(log_choose(10, 3))))

for f, x in ((math.gamma, 0), (math.gamma, -0.0), (math.gamma, -1), (math.gamma, -2.0), (math.gamma, 172),
             (math.gamma, float("-inf")), (math.lgamma, 0), (math.lgamma, -3), (math.lgamma, -1e20)):
    try:
        print(f(x))
    except ValueError as e:
        print("ValueError:", e)
try:
    math.erf("1")
except TypeError as e:
    print("TypeError:", e)

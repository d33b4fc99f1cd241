# inf and nan: comparisons, arithmetic, conversions to int, use as dict keys and in min/max/sorted.
import math

inf = float("inf")
nan = float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan is nan)
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(math.isinf(inf), math.isinf(nan), math.isnan(nan), math.isnan(inf), math.isfinite(1.0), math.isfinite(inf))
print(nan < 1, nan > 1, nan <= nan, 1 < nan, [nan] == [nan], (inf,) == (inf,))
print(max(1, inf), min(-inf, 0), sorted([3, -inf, 1, inf]), abs(-inf))
print(math.copysign(1, -0.0), math.copysign(3, -inf), -0.0 == 0.0, str(-0.0), str(0.0 * -1))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.fabs(-3), math.fmod(-7, 3))
print(inf % 2 if False else "skip", math.fmod(5.5, 2), 5.5 % -2, -5.5 % 2)
print(float(True), float(-5), int(-2.9), int(2.9), int(-0.1))
for f in (inf, -inf, nan):
    try:
        print(int(f))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for f in (inf, nan):
    try:
        print(round(f))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(inf, 2), round(nan, 1))
d = {inf: "inf", 1.0: "one", 1: "int one", 0.5: "half"}
print(len(d), d[1], d[inf], d.get(-inf))
print(math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.modf(-3.25), math.modf(inf))
print(math.sqrt(inf), math.exp(-inf), math.log(inf) if True else 0)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
print(1e308 + 1e308, -(1e308 * 2), 2.0 ** 1024 if False else "no overflow test")
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)

# math: functions with exactly representable results, constants to limited precision.
import math
print("%.10f %.10f" % (math.pi, math.e))
print(math.sqrt(16), math.sqrt(2) ** 2 == 2, "%.12f" % math.sqrt(2))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.trunc(2.9))
print(type(math.floor(1.5)).__name__, math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
print(math.pow(2, 10), math.exp(0), math.log(1), math.log(8, 2), math.log10(1000), math.log2(1024) if hasattr(math, "log2") else "")
print("%.6f %.6f %.6f" % (math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4)))
print("%.6f %.6f %.6f" % (math.asin(1), math.acos(0), math.atan2(1, 1)))
print("%.4f %.4f" % (math.degrees(math.pi), math.radians(180)))
print(math.isnan(float("nan")), math.isinf(float("-inf")), math.isfinite(1.0), math.isinf(1e308))
print(math.modf(3.25), math.modf(-1.5), math.frexp(8.0), math.ldexp(0.5, 4))
print("%.6f %.6f" % (math.hypot(3, 4) if hasattr(math, "hypot") else 5.0, math.sinh(0)))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)

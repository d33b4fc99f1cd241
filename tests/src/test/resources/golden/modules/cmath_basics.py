# cmath: the unix port's set (phase, polar, rect, exp, log, log10, sqrt, cos, sin), used for AC circuit maths.
import cmath


def c(z):
    # complex results at 6 decimals, so the last bit of libm never shows
    return "(%.6f%+.6fj)" % (z.real, z.imag)


print("%.6f %.6f" % (cmath.e, cmath.pi))

# impedance of a series RLC circuit at 50 Hz
R, L, C = 100.0, 0.5, 20e-6
w = 2 * cmath.pi * 50
Z = complex(R, w * L - 1 / (w * C))
mag, ang = cmath.polar(Z)
print("Z =", c(Z), "|Z| = %.3f ohm, phase = %.4f rad" % (mag, ang))
print("phase(Z) matches:", abs(cmath.phase(Z) - ang) < 1e-12)
I = 230 / Z
print("current", c(I), "%.4f A" % abs(I))
back = cmath.rect(mag, ang)
print("rect(polar(Z)) ~ Z:", abs(back - Z) < 1e-9)

# roots of x^2 + 2x + 5 = 0
a, b, cc = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * cc)
print("roots", c((-b + d) / (2 * a)), c((-b - d) / (2 * a)))

# results are complex even for real arguments
for f in (cmath.sqrt, cmath.exp, cmath.log, cmath.log10, cmath.cos, cmath.sin):
    r = f(2)
    print(f.__name__ if hasattr(f, "__name__") else "f", type(r).__name__, c(r))
print(type(cmath.phase(1)).__name__, cmath.phase(1), cmath.phase(-1.0) == cmath.pi)
print(cmath.polar(3), cmath.polar(-2))

for z in (1j, -1, -3 - 4j, 0.5 + 0.5j):
    print(c(cmath.sqrt(z)), c(cmath.exp(z)), c(cmath.log(z)), c(cmath.log10(z)))
    print("  ", c(cmath.sin(z)), c(cmath.cos(z)))

# Euler: exp(i*pi) + 1 ~ 0
print(abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
# sin^2 + cos^2 = 1 for a complex argument
z = 0.3 - 1.2j
print(c(cmath.sin(z) ** 2 + cmath.cos(z) ** 2))

# no domain errors: the formulas produce infinities and NaNs
print(cmath.log(0), cmath.exp(1000), cmath.sqrt(0), cmath.cos(0j))
print(cmath.sqrt(float("inf")), cmath.log(-0.0))
print(cmath.rect(0, 0), cmath.rect(1, 0))

for bad in ("1+2j", None, [1]):
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    cmath.rect(1j, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    cmath.log(8, 2)
except TypeError as e:
    print("TypeError:", e)

# complex numbers without cmath: arithmetic, abs, conjugate, real/imag, powers, equality with
# real numbers, repr forms and the errors for ordering and int conversion.
a = 3 + 4j
b = complex(1, -2)
print(a, b, a + b, a - b, a * b, a / b, -a, +b, abs(a), a.conjugate() if hasattr(a, "conjugate") else "n/a")
print(a.real, a.imag, type(a.real).__name__, complex(2), complex(0, 0), complex("1+2j"), complex("-3.5j"))
print(a ** 2, a ** 0, (1j) ** 2, 2 ** 1j == 2 ** 1j, a == 3 + 4j, 1 + 0j == 1, 1j != 1)
print(repr(1j), repr(-1j), repr(0j), repr(1 + 0j), repr(-0.0 + 1j), repr(1e20j), repr(complex(1.5, -0.25)))
print(a * 2, 2 * a, a / 2, a + 1.5, 1.5 - a, bool(0j), bool(1j))
for bad in (lambda: a < b, lambda: int(a), lambda: float(a), lambda: a // 2, lambda: a % 2, lambda: 1 / 0j):
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(sum([1j, 2, 3.5]), [x * 1j for x in range(3)], {1j: "i"}[1j])

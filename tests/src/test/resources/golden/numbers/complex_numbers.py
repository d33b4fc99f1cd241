# Complex numbers, if the build has them (the unix port does).
try:
    c = complex(1, 2)
except NameError:
    print("SKIP")
    raise SystemExit
a = 3 + 4j
b = complex(1, -2)
print(a, b, a + b, a - b, a * b, a / b)
print(a.real, a.imag, abs(a))
print(1j * 1j, (1 + 1j) ** 2, complex("1+2j") if True else "", -a)
print(a == 3 + 4j, a != b, repr(2j), repr(-0j), complex(0, 0))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)

# divmod, round and pow with negative and float arguments, and the errors they raise.
for x, y in ((7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, -2.5), (0, 3), (-0.0, 1)):
    print(x, y, divmod(x, y), x // y, x % y)
for v in (2.5, 3.5, -2.5, -0.5, 0.5, 1.25, 1234.5678, -1234.5678):
    print(v, round(v), round(v, 0), round(v, 1), round(v, -1), round(v, -2))
for v in (15, 25, -15, 1234, -1250, 5):
    print(v, round(v), round(v, 1), round(v, -1), round(v, -2), round(v, -5))
print(round(True), round(False, 2), round(-0.0))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-2, -2), pow(2.0, 0.5), pow(4, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), 2 ** -2, (-8) ** 2, -8 ** 2, 10 ** 0)
print((-2.0) ** 2, 2 ** 0.0, 0.0 ** 0, 1 ** -5)
print((-8) ** (1 / 3))


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("divmod zero", lambda: divmod(1, 0))
attempt("divmod float zero", lambda: divmod(1.0, 0))
attempt("mod zero", lambda: 5 % 0)
attempt("floordiv zero", lambda: 5 // 0)
attempt("float floordiv zero", lambda: 5.0 // 0.0)
attempt("truediv zero", lambda: 1 / 0)
attempt("zero pow neg", lambda: 0 ** -1)
attempt("zero float pow neg", lambda: 0.0 ** -1)
attempt("pow3 neg exp", lambda: pow(2, -1, 5))
attempt("pow3 float", lambda: pow(2.0, 2, 5))
attempt("pow3 mod zero", lambda: pow(2, 3, 0))
attempt("round str", lambda: round("1"))
attempt("divmod str", lambda: divmod("a", 1))
attempt("round none", lambda: round(7, None))
attempt("round float none", lambda: round(2.5, None))
attempt("round float ndigits", lambda: round(1.5, 1.0))

# Conversions between builtin types: int/float/str/bool/list/tuple/dict/set from each other, with the
# accepted string forms and the values they produce.
for s in ("42", " -17 ", "+3", "0", "007", "1_000", "0x1f", "1e3", "3.0", "", " "):
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s, base in (("0x1f", 16), ("0x1f", 0), ("1f", 16), ("0b101", 0), ("0o17", 0), ("017", 0), ("z", 36), ("Z", 36), ("10", 2)):
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(s, base, "ValueError", e)
for s in ("1.5", " 2.5e-3 ", "-0", "inf", "-Infinity", "nan", "1e", ".", "1_0.5", "0x10", "1.2.3"):
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(int(3.99), int(-3.99), int(True), float(7), float(False), int(2 ** 70 + 0.0) == 2 ** 70)
print(bool(0), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool({}), bool(range(0)), bool(0j))
print(str(1.0), str(10 ** 20), str(1e20), str(-0.0), str(True), str(None), str((1,)), str([None]), str({1: "a"}))
print(list("ab"), tuple([1, 2]), set("aab") == {"a", "b"}, dict([("a", 1)]), dict(a=1, b=2) == {"a": 1, "b": 2})
print(list(range(3)), tuple(range(0)), list({1: "x"}.items()), dict(zip([1, 2], "ab")), list(b"AB"))
print(frozenset([1, 1]) == {1}, sorted(set(range(5)) - {0}), tuple("xy") + ("z",), list((1,)) * 2)
try:
    dict([1, 2])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(int("  12  "), float("  -1.25  "), int("-0"), float("1E2"), int(" +0 "))

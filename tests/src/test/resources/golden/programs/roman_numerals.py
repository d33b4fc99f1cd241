# Roman numeral conversion both ways with validation, plus round-trip checks.
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    if not isinstance(n, int):
        raise TypeError("integer required")
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    out = []
    for value, sym in PAIRS:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)

def from_roman(s):
    s = s.upper()
    if not s:
        raise ValueError("empty numeral")
    total = 0
    for i, ch in enumerate(s):
        if ch not in VALUES:
            raise ValueError("bad symbol %r" % ch)
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError("non-canonical numeral %s (canonical %s)" % (s, to_roman(total)))
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in ("IIII", "MCMXCIV", "ABC", "", "xiv", "IC"):
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
for bad in (0, 4000, 2.5):
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: len(to_roman(n))), to_roman(3888))

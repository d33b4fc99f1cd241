# Password policy checking and a simple deterministic hash chain (no hashlib dependency): rules, scores, hints.
RULES = [
    ("length >= 8", lambda p: len(p) >= 8),
    ("has lowercase", lambda p: any(c.islower() for c in p)),
    ("has uppercase", lambda p: any(c.isupper() for c in p)),
    ("has digit", lambda p: any(c.isdigit() for c in p)),
    ("has symbol", lambda p: any(not (c.isalpha() or c.isdigit() or c.isspace()) for c in p)),
    ("no spaces", lambda p: " " not in p),
    ("no triple repeat", lambda p: not any(p[i] == p[i + 1] == p[i + 2] for i in range(len(p) - 2))),
]
COMMON = {"password", "12345678", "qwerty12", "letmein!"}

def check(pw):
    failed = [name for name, rule in RULES if not rule(pw)]
    if pw.lower() in COMMON:
        failed.append("not a common password")
    score = len(RULES) + 1 - len(failed)
    return score, failed

def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h

def stretch(pw, salt, rounds=1000):
    h = fnv1a(salt + pw.encode())
    for _ in range(rounds):
        h = fnv1a(h.to_bytes(4, "little") + salt)
    return "%08x" % h

for pw in ("abc", "password", "Password1", "P@ssw0rd!", "aaaBBB111!!!", "Tr1cky Pass!", "c0rrect-Horse-battery"):
    score, failed = check(pw)
    bar = "[" + "#" * score + "." * (len(RULES) + 1 - score) + "]"
    print("%-22s %s %d/%d %s" % (pw, bar, score, len(RULES) + 1, "; ".join(failed) or "strong"))
salt = b"\x01\x02\x03\x04"
stored = stretch("P@ssw0rd!", salt)
print("stored", stored)
for attempt in ("P@ssw0rd!", "p@ssw0rd!", "P@ssw0rd"):
    print(attempt, stretch(attempt, salt) == stored)
print("%08x %08x" % (fnv1a(b""), fnv1a(b"a")), int.from_bytes(b"\x01\x00", "little"))

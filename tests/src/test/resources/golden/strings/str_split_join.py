# split/rsplit/splitlines/partition/join and their edge cases.
print("a,b,,c".split(","), "a b  c".split(), "  lead trail  ".split(), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(" ", 1), "a b c".rsplit(None))
try:
    print("a b c".rsplit(None, 1))
except NotImplementedError as e:  # MicroPython: rsplit with sep None and a limit
    print("NotImplementedError:", e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
print("one\ntwo\r\nthree\n".splitlines(), "one\ntwo\n".splitlines(True), "".splitlines())
print(",".join(["x", "y", "z"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(4)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
csv = "name,qty,price\napple,3,0.5\npear,10,0.25\nfig,0,2.0"
rows = [line.split(",") for line in csv.split("\n")]
header, body = rows[0], rows[1:]
for r in body:
    rec = dict(zip(header, r))
    print(rec["name"], int(rec["qty"]) * float(rec["price"]))

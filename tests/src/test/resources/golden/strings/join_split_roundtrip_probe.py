# join/split round trips and their asymmetries: separators appearing in items, empty items, whitespace
# splitting versus explicit separators, and joining non-list iterables.
cases = [["a", "b", "c"], ["", "a", ""], [""], [], ["x,y", "z"], ["  ", "\t"]]
for items in cases:
    joined = ",".join(items)
    back = joined.split(",")
    print(repr(joined), back, back == items)
print(" ".join("abc"), "-".join(("1", "2")), "".join({"k": 1}), "+".join(str(i) for i in range(4)), "|".join(sorted({"b", "a"})))
text = "  one  two\tthree\nfour  "
print(text.split(), text.split(" "), text.split(None, 2), text.strip().split("  "))
print("a b".split(" ", -1), "a  b".split(" ", 1), "abc".split("abc"), "abcabc".split("b", 1))
print("k=v; k2=v2;".split(";"), [p.split("=") for p in "k=v;k2=v2".split(";")], dict(p.split("=") for p in "a=1,b=2".split(",")))
csv = "name,age\nann,30\nbob,\n,5"
rows = [line.split(",") for line in csv.split("\n")]
print(rows, [len(r) for r in rows])
print("\n".join(["l1", "l2"]).splitlines(), "x".join(["", ""]), "ab".join("12"))
try:
    ",".join("ab", "cd")
except TypeError as e:
    print("TypeError", e)
try:
    ",".join(None)
except TypeError as e:
    print("TypeError", e)

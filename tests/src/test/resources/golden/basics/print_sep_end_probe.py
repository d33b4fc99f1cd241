# print() argument forms: sep and end with empty strings, None, multi-character values, no arguments,
# non-string objects, and the errors for wrong sep/end types.
print()
print("a", "b", "c")
print("a", "b", sep="")
for kw in ({"sep": None}, {"end": None}):
    try:
        print("a", "b", **kw)
    except TypeError as e:
        print("TypeError", e)
print("x", end="")
print("y", end="|\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" ; ")
print(*[], sep="-")
print(*"abc", sep=", ", end=".\n")
print("multi", "line", sep="\n")
print("", "", sep="|")
for kw in ({"sep": 5}, {"end": 1}, {"sep": b"x"}):
    try:
        print("p", "q", **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    print("z", bogus=1)
except TypeError as e:
    print("TypeError", e)
print("done")

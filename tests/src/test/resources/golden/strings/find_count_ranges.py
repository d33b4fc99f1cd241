# find/rfind/index/count/startswith/endswith with start and end arguments, negative and out-of-range indices.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", -4), s.find("a", 100), s.find("a", -100))
print(s.find("bra", 2, 8), s.find("bra", 2, 11), s.find("", 5), s.find("", 11), s.find("", 12))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("abra", -5), s.rfind("", 3), s.rfind("z"))
print(s.count("a"), s.count("a", 3), s.count("a", 3, -1), s.count(""), s.count("", 2, 5), s.count("abra"))
print(s.count("aa"), "aaaa".count("aa"), "aaaa".count("a", -2))
print(s.index("c"), s.rindex("b"), s.index("a", 4, 8))
for args in (("z",), ("a", 8, 9), ("abra", 1, 7)):
    try:
        print(s.index(*args))
    except ValueError as e:
        print("index", args, "->", e)
try:
    s.rindex("q")
except ValueError as e:
    print("rindex ->", e)
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith("bra", 1, 3), s.startswith(""))
print(s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith("a", -1), s.endswith(("x", "ra")))
print(s.startswith(("x", "y")), s.startswith(("x", "ab")), s.startswith("a", 11), s.startswith("", 11))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError", e)
print(s.replace("a", "A", 2), s.replace("a", "A", 0), s.replace("a", "A", -1), s.replace("abra", ""))
print(s.partition("cad"), s.partition("z"), s.rpartition("a"), s.rpartition("z"))
try:
    s.partition("")
except ValueError as e:
    print("partition ->", e)

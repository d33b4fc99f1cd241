# find/rfind/index/count/startswith/endswith/replace on str.
s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("cat"))
print(s.index("fox"), s.rindex("the"), s.find("the", 10, 40), s.find(""))
print(s.count("the"), s.count("o"), s.count(""), s.count("e", 0, 20))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("end"), s.endswith(("dog", "end")))
print(s.startswith(("a", "t")), "".startswith(""), "abc".endswith("bc", 0, 2))
print(s.replace("the", "THE"), s.replace("the", "a", 2), s.replace("o", ""))
print("aaaa".replace("a", "b", 0), "aaaa".replace("aa", "b"), "".replace("", "x"), "ab".replace("", "-"))
print("fox" in s, "cat" not in s, "" in s)
try:
    s.index("zebra")
except ValueError as e:
    print("ValueError:", e)

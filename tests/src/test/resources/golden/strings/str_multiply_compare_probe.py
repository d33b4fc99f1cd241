# str repetition, comparison and containment corner cases: zero and negative repeats, lexicographic
# order with prefixes and case, min/max over strings, and `in` with empty strings.
print(repr("ab" * 0), repr("ab" * -1), repr("" * 5), "-" * 3 + ">" , 3 * "ab")
print("a" < "b", "a" < "ab", "ab" < "b", "Z" < "a", "" < "a", "abc" <= "abc", "b" > "abc", "a" != "A")
print(min("banana", "apple", "cherry"), max(["x", "xy", "w"]), sorted(["b", "B", "a", "A", "_", "1"]))
print("" in "abc", "" in "", "abc" in "abc", "abcd" in "abc", "bc" in "abc", "ca" in "abc")
print("abc".find(""), "abc".rfind(""), "".find(""), "".find("a"), "abc".count(""), "".count(""))
print("abc" == "abc", "abc" is not None, "a" * 3 == "aaa", ("a" + "b") == "ab", str(1) + str(2) == "12")
try:
    "abc" * 1.0
except TypeError as e:
    print("TypeError", e)
try:
    "abc" < None
except TypeError as e:
    print("TypeError", e)
big = "xy" * 1000
print(len(big), big.count("yx"), big[-3:], big.find("yy"), big.rfind("xy"))

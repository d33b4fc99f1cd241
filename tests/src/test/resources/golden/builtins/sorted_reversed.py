# sorted() on different iterables and reversed() on sequences and custom classes.
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted(set("aba")))
print(sorted(range(5), reverse=True), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(list(reversed("abc")), list(reversed([1, 2, 3])), list(reversed(range(1, 8, 3))))

class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i

print(list(reversed(Seq())), list(Seq()), sorted(Seq(), reverse=True))

class Custom:
    def __reversed__(self):
        return iter("custom")

print(list(reversed(Custom())))
try:
    reversed({1: 2})
except TypeError as e:
    print("TypeError:", e)

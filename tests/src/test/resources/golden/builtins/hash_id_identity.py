# hash() of immutable values (deterministic ones only) and identity semantics.
print(hash(0), hash(1), hash(-1), hash(12345), hash(True), hash(False))
print(hash(1.0) == hash(1), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(hash(b"abc") == hash(b"abc"), hash("") == hash(""), type(hash("x")).__name__)
a = [1, 2]
b = a
print(a is b, id(a) == id(b), id(a) == id([1, 2]))
x = None
print(x is None, x is not None)
small1 = 5
small2 = 2 + 3
print(small1 is small2, small1 == small2)
s1 = "interned"
s2 = "interned"
print(s1 == s2)
t = ()
print(t is (), len(t))
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash(set())
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset()) == hash(frozenset()))

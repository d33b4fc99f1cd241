# List methods with unusual arguments and the exceptions they raise, with MicroPython's messages.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.index(1), a.index(1, 2), a.index(9, -3), a.count(1), a.count(7))
for args in ((7,), (1, 4), (3, 1, 4)):
    try:
        print(a.index(*args))
    except ValueError as e:
        print("index", args, "ValueError", e)
b = a[:]
b.insert(100, "end")
b.insert(-100, "start")
b.insert(-1, "beforelast")
b.insert(2, "two")
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
for i in (100, -100):
    try:
        b.pop(i)
    except IndexError as e:
        print("pop", i, "IndexError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    b.remove("nope")
except ValueError as e:
    print("ValueError", e)
b.remove(1)
print(b)
c = [1, 2]
c.extend(range(3))
c.extend("ab")
c.extend((None,))
c += [9]
print(c, c * 2 if len(c) < 5 else c * 0, [0] * -2, 2 * [7])
try:
    c.extend(5)
except TypeError as e:
    print("TypeError", e)
try:
    c + (1,)
except TypeError as e:
    print("TypeError", e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, [2]] == [1, [2]], [1] == (1,))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError", e)
d = [5, 2, 8]
print(d.sort(), d, d.reverse(), d, d.copy() is not d, d.clear(), d)
e = ["bb", "a", "ccc", "dd"]
e.sort(key=len)
print(e)
e.sort(key=len, reverse=True)
print(e)
e.sort(reverse=True)
print(e)
try:
    e.sort(len)
except TypeError as e2:
    print("TypeError", e2)
print(list(), list("ab"), list(range(0)), list({1: 2}), list((1,)))
try:
    list(1)
except TypeError as e2:
    print("TypeError", e2)

# Augmented assignment on names, attributes, subscripts and with side effects evaluated once.
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 4
b.v *= 3
b.v //= 2
b.v -= 1
b.v **= 2
b.v %= 10
b.v <<= 3
b.v >>= 1
b.v |= 1
b.v &= 0b111
b.v ^= 0b10
print(b.v)
lst = [1, 2, 3]
idx_calls = []
def idx():
    idx_calls.append(1)
    return 1
lst[idx()] += 10
print(lst, len(idx_calls))
d = {"k": [1]}
d["k"] += [2]
d["k"] *= 2
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
f = 1.5
f /= 2
f -= 0.25
print(f)
alias = lst
alias += [99]
print(lst is alias, lst)

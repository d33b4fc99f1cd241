# Indexing and slicing str; MicroPython only supports step 1 (or None) for str slices.
s = "microcontroller"
print(s[0], s[-1], s[5], s[-5])
print(s[:5], s[5:], s[-10:-3], s[3:3], s[10:2], s[100:], s[-100:4])
print(len(s), len(""), s[:len(s)] == s)
for step in (2, -1, 3):
    try:
        print(step, s[::step])
    except NotImplementedError as e:
        print(step, "NotImplementedError:", e)
print("".join(reversed(s)))
print(s[1:-1], s[:-1], s[-1:])
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "M"
except TypeError as e:
    print("TypeError:", e)
u = "héllo wörld ✓"
print(len(u), u[1], u[-1], u[6:11], u.upper())

# List slicing: read, step, negative indices, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[5:2], a[100:200], a[-100:2], a[::100])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[0:0] = [-1, -2]
print(b)
b[len(b):] = [99]
print(b)
try:
    b[::3] = ["S"] * len(b[::3])  # MicroPython: slice assignment needs step 1
except NotImplementedError as e:
    print("NotImplementedError:", repr(e))
print(b)
c = list(range(8))
del c[1:3]
print(c)
del c[-2:]
print(c)
try:
    c[1:1] = "ab"  # MicroPython wants a list or tuple on the right of a slice assignment
except TypeError as e:
    print("TypeError:", e)
c[1:1] = ("a", "b")
print(c)
c[:] = []
print(c, a)
class Slicer:
    def __getitem__(self, key):
        return key

s = Slicer()[1:7:2]
print(a[s], s.start, s.stop, s.step)
print(a[Slicer()[:3]], a[Slicer()[::-3]], Slicer()[::])

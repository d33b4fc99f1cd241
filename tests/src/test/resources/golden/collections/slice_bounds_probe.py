# Slicing edge cases on lists, tuples and strings: None bounds, negative steps crossing the ends,
# huge and negative indices, step zero, and slices of empty sequences.
L = list(range(8))
T = tuple(L)
S = "abcdefgh"
cases = [(None, None, None), (None, None, -1), (-1, None, -1), (None, -1, -1), (2, None, -2), (6, 1, -2),
         (-2, -7, -1), (100, -100, -3), (-100, 100, 3), (3, 3, None), (5, 2, None), (-1, 0, -1), (0, -1, 1),
         (None, 0, -1), (7, None, 1), (-8, -9, -1), (1, 100, 100)]
for start, stop, step in cases:
    a = L[start:stop:step]
    try:
        b = list(T[start:stop:step]) == a
    except NotImplementedError:
        b = "tuple step"
    print(start, stop, step, a, b, len(a))
print(S[-3:], S[:-3], S[2:-2], S[100:], S[-100:2], repr(S[5:1]))
print([][::-1], ()[1:], ""[:5], [1][-1:], [1][:-1])
for seq in (L, T, S):
    try:
        seq[::0]
    except ValueError as e:
        print(type(seq).__name__, "ValueError", e)
    except NotImplementedError as e:
        print(type(seq).__name__, "NotImplementedError", e)
M = list(range(10))
M[2:5] = []
print(M)
M[-1:] = [90, 91, 92]
print(M)
M[:0] = (-1,)
print(M)
M[100:] = [100]
print(M)
M[3:1] = ["ins"]
print(M)
del M[-3:100]
print(M)
del M[:]
print(M)
N = [0, 1, 2, 3, 4, 5]
N[1:4] = N
print(N)
idx = [1, 2, 3]
print(idx[True], idx[False:True], idx[-True])
try:
    idx["1"]
except TypeError as e:
    print("TypeError", e)
try:
    idx[1:"2"]
except TypeError as e:
    print("TypeError", e)

import array
a = array.array('H', [1, 2, 300])
m = memoryview(a)
print(len(m), m[2], list(m))
m[0] = 65535
print(a)
f = array.array('f', [1.5, 2.5])
mf = memoryview(f)
mf[1] = 4.25
print(f, mf[1], len(mf))
d = array.array('d', [1.0])
md = memoryview(d); md[0] = -2.5; print(d, md[0])
i = array.array('i', [-5, 7])
mi = memoryview(i); print(mi[0], list(mi[0:2]))
q = memoryview(memoryview(a)[1:])
print(len(q), q[0])
print(bytes(memoryview(array.array('h', [-1, 2]))))

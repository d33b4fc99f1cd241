# Comprehension scoping: loop variables do not leak; class bodies; nested comprehension closures.
x = "module"
squares = [x * x for x in range(4)]
print(squares, x)
print({x: x for x in "ab"}, x)
print(list(x for x in (1, 2)), x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [(lambda i=i: i) for i in range(3)]
print([f() for f in funcs2])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(matrix, [sum(r) for r in matrix])

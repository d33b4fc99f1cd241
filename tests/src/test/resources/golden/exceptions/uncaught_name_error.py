# exit: 1
# A NameError at module level after some output.
values = [1, 2, 3]
print("sum", sum(values))
print("mean", sum(values) / len(values))
print("median", medain(values))

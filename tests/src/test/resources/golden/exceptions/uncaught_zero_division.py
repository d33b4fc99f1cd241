# exit: 1
# A ZeroDivisionError through a lambda and a list comprehension.
ratios = lambda pairs: [a / b for a, b in pairs]
print(ratios([(1, 2), (9, 3)]))
print(ratios([(5, 5), (1, 0)]))

# exit: 1
print("not run")
x = [(yield) for i in range(2)]

# exit: 1
print("not run")
e = {**{}}

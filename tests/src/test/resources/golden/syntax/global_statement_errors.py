# exit: 1
# A SyntaxError found by the compiler (a name declared nonlocal with no enclosing binding) is reported
# before anything in the module runs.
print("this never prints")


def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner

# exit: 1
# MicroPython's lexer accepts only lower-case string prefixes (r, b, rb, br, f): R"..." is a syntax error,
# reported before anything runs.
print("this line is never executed")
x = R"upper-case raw prefix"
print(x)

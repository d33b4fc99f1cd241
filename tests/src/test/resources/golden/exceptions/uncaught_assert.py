# exit: 1
# A failing assert without a message at the end of a loop.
def is_even(n):
    return n % 2 == 0

for n in range(0, 8, 2):
    assert is_even(n)
    print(n, "is even")
assert is_even(7)

# f-strings nested inside f-string expressions: MicroPython hoists the inner f-string's fields to the
# outer expression, so a comprehension variable used only inside the inner f-string is not visible there.
items = [("a", 1), ("b", 2)]
width = 6
print(f"{', '.join(k + '=' + str(v) for k, v in items)}")
try:
    print(f"{'-'.join([f'{n:02d}' for n in range(3)])}")
except NameError as e:
    print("NameError:", e)
try:
    print(f"{', '.join(f'{k}={v}' for k, v in items)}")
except NameError as e:
    print("NameError:", e)
try:
    print(f"{f'{width}':>{width}}|")
except TypeError as e:
    print("TypeError:", e)
try:
    print(f"{'nested ' + f'{1 + 1}'}")
except TypeError as e:
    print("TypeError:", e)
print(f"{3:>{width}}|{'x':{'<'}{4}}|")
parts = ", ".join(f"{k}={v}" for k, v in items)
print(f"[{parts}]")

# f-strings nested inside f-string expressions: MicroPython hoists the inner f-string's fields to the
# outer expression, so a comprehension variable used only inside the inner f-string is not visible there.
items = [("a", 1), ("b", 2)]
print(f"{', '.join(k + '=' + str(v) for k, v in items)}")
print(f"{'-'.join([f'{n:02d}' for n in range(3)]) if False else 'skipped'}")
width = 6
print(f"{f'{width}':>{width}}|")
try:
    print(f"{', '.join(f'{k}={v}' for k, v in items)}")
except NameError as e:
    print("NameError:", e)
parts = ", ".join(f"{k}={v}" for k, v in items)
print(f"[{parts}]")
print(f"{'nested ' + f'{1 + 1}'} {3:{'>'}{4}}")

w = 4
print(f"{'x' + 'y':>{w}}|{w!r}")
try:
    print(f"{'-'.join([f'{n}' for n in range(2)])}")
except NameError as e:
    print('NameError:', e)
try:
    print(f"{f'{w}'}")
except TypeError as e:
    print('TypeError:', e)

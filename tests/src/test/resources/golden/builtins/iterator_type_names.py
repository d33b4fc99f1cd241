# The types of the objects returned by enumerate/zip/map/filter/reversed are classes of those names,
# and the builtins themselves are those classes.
for x in (enumerate([]), zip(), map(abs, []), filter(None, []), reversed([1])):
    print(type(x).__name__)
print(type(enumerate([])) is enumerate, type(zip()) is zip, type(map(abs, [])) is map, type(filter(None, [])) is filter)
print(isinstance(zip(), zip), isinstance(iter([]), zip))

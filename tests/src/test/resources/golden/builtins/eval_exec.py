# eval and exec with explicit global and local dictionaries.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
env = {"a": 5, "b": 7}
print(eval("a * b", env), eval("a + c", env, {"c": 100}))
code = """
def area(w, h):
    return w * h
result = area(width, 3)
"""
g = {"width": 4}
exec(code, g)
print(g["result"], g["area"](2, 2), "area" in g)
ns = {}
exec("x = 10\ny = x ** 2", ns)
print(ns["x"], ns["y"])
exec("print('printed from exec', 6 * 7)")
for expr in ("1 +", "undefined_thing", "1 / 0"):
    try:
        print(eval(expr))
    except SyntaxError as e:
        print("SyntaxError:", type(e).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
counter = 0
exec("counter += 5")
print(counter)

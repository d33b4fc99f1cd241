# eval and exec with explicit globals/locals dicts: what they see, what they write back, compile()
# of expressions and statements, and the errors they raise.
g = {"x": 10}
print(eval("x * 2", g), eval("y + 1", {"y": 1}), eval("[i * i for i in range(4)]"))
l = {}
exec("a = 1\nb = a + 1\nc = [a, b]", g, l)
print(sorted(l.items()), "a" in g)
exec("z = x + 5", g)
print(g["z"], sorted(k for k in g if k != "__builtins__"))
code = compile("v * 3", "<expr>", "eval")
print(eval(code, {"v": 7}), eval(code, {"v": "ab"}))
block = compile("for i in range(3):\n    acc.append(i * k)\n", "<block>", "exec")
ns = {"acc": [], "k": 5}
exec(block, ns)
exec(block, ns)
print(ns["acc"])
exec("def f(n):\n    return n + offset\n", ns2 := {"offset": 100})
print(ns2["f"](1))
for src, mode in (("1 +", "eval"), ("x = = 1", "exec"), ("return 5", "exec"), ("a b", "eval")):
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print("SyntaxError", type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(eval("3 + 4  "), eval("(1,\n 2)"), eval("'a' 'b'"))
try:
    eval("  3 + 4")
except SyntaxError as e:
    print(type(e).__name__, e.args[0] if e.args else "")
counter = {"n": 0}
exec("n += 1", counter)
exec("n += 1", counter)
print(counter["n"])

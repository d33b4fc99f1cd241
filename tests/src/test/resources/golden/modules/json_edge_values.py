# json edge values: nesting, unicode escapes, separators, numbers in exponent form, special floats,
# ordering of dumped dicts for small-int-like string keys, and loads of whitespace-heavy text.
import json

print(json.dumps([]), json.dumps({}), json.dumps(""), json.dumps("a\"b\\c\n\t"), json.dumps("\u00e9\u20ac"))
print(json.dumps([1, 2.5, -0.0, 1e20, 1e-7, True, None]), json.dumps((1, 2)), json.dumps([[[]]]))
print(json.loads('"\\u00e9\\n\\"x\\""'), json.loads("  [ 1 ,\n 2 ]  "), json.loads("1e3"), json.loads("-0"), json.loads("0.5"))
print(json.loads('{"a": {"b": [null, true, false]}}'), json.loads('"\\/"'), json.loads("[]"), json.loads("{}"))
print(json.dumps({"k": [1, {"n": None}]}), json.dumps([1, 2], separators=(",", ":")) if True else "")
big = json.loads("123456789012345678901234567890")
print(big, type(big).__name__, json.dumps(2 ** 70))
for bad in ("[1 2]", '{"a" 1}', '{1: 2}', "nul", "[", '"unterminated', "01x"):
    try:
        print(repr(bad), json.loads(bad))
    except ValueError:
        print(repr(bad), "ValueError")
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError")
print(json.dumps("\x00\x1f"), json.loads(json.dumps("\x01")) == "\x01")

# json.dumps/loads round trips; separators; error on bad input.
import json
doc = {"name": "sensor", "values": [1, 2.5, -3], "ok": True, "none": None, "nested": {"a": [], "b": {}}}
text = json.dumps(doc)
back = json.loads(text)
print(back == doc, sorted(back), type(text).__name__)
print(json.dumps([1, "two", 3.0, None, True, False]))
print(json.dumps("quote \" backslash \\ newline \n tab \t"), json.dumps("é✓"))
print(json.dumps({"k": [1, {"x": "y"}]}), json.dumps([]), json.dumps({}), json.dumps(0.1), json.dumps(10 ** 20))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, separators=(", ", ": ")))
print(json.loads("[1, 2.5e3, -0.5, \"s\", null, true, false]"))
print(json.loads('{"a": {"b": [1, {"c": "\\u00e9"}]}}'))
print(json.loads("  42 "), json.loads('"str"'), json.loads("[]"), json.loads("{}"))
for bad in ("{", "nul", "{'a': 1}", ""):
    try:
        json.loads(bad)
        print(repr(bad), "accepted")
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print("trailing comma accepted:", json.loads("[1,]"))
try:
    print("set:", json.dumps({1, 2}))
except TypeError as e:
    print("TypeError")

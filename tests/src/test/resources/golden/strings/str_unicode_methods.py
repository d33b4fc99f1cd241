# Unicode-aware operations: length, indexing, find and slicing on multi-byte text.
t = "naïve café – 日本語テキスト"
print(len(t), t.find("café"), t.find("日本"), t.index("–"))
print(t[6:10], t[-7:], t[13:16])
print(t.split(" "), t.replace("é", "e"), t.upper())
print([c for c in t if ord(c) > 127])
print(t.encode()[:12], len(t.encode()))
print(t.startswith("naï"), t.endswith("スト"), "日" in t, t.count("a"))
print("→".join(["a", "b", "c"]), "ü".center(5))
print(sorted("éaüb"), max("日本語"), min("éa"))

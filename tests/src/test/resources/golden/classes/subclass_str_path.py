# A Path helper built on str: str methods work on it, results are plain str


class Path(str):
    SEP = "/"

    def joinpath(self, *parts):
        out = self.rstrip(self.SEP)
        for p in parts:
            out = out + self.SEP + p.strip(self.SEP)
        return Path(out)

    @property
    def name(self):
        return self.rsplit(self.SEP, 1)[-1]

    @property
    def parent(self):
        head = self.rsplit(self.SEP, 1)[0]
        return Path(head or self.SEP)

    @property
    def suffix(self):
        name = self.name
        return name[name.rfind("."):] if "." in name else ""

    def with_suffix(self, suffix):
        return Path(self[: len(self) - len(self.suffix)] + suffix)


root = Path("/flash/")
p = root.joinpath("lib", "/drivers/", "sensor.py")
print(p, repr(p), type(p).__name__, isinstance(p, str), len(p))
print(p.name, p.parent, p.parent.parent, p.suffix, p.with_suffix(".mpy"), Path("/").parent)
print(p.upper(), p.split("/"), p.startswith("/flash"), p.endswith(".py"), p.find("lib"), p.count("/"))
print(type(p.upper()).__name__, type(p[1:]).__name__, p[0], p[-3:], "lib" in p)
print(p == "/flash/lib/drivers/sensor.py", "/flash/lib/drivers/sensor.py" == p, p < "/g", p != root)
print(p + ".bak", type(p + ".bak").__name__, p * 2 == str(p) * 2, hash(p) == hash(str(p)))
print("%s" % p, "%r" % p, "{}".format(p), "{!r}".format(p), str(p), type(str(p)).__name__)
print(list(Path("abc")), sorted(Path("cab")), Path("a,b").split(","), Path(",").join(["x", "y"]))
print(p.encode(), Path(b"raw", "utf-8"), Path(42), Path(), int(Path("12")), float(Path("2.5")))
print({p: 1}[p], {Path("k"): 2}["k"], p.format(), Path("{}-{}").format(1, 2))
p.tag = "driver"
print(p.tag, p.__dict__)
# a Path is not taken where a str argument is needed
for f in (lambda: "x" + p, lambda: ord(Path("a")), lambda: Path("a") in "abc", lambda: "-".join([Path("a")]),
          lambda: "{:>4}".format(Path("a"))):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

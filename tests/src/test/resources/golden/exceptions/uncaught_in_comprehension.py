# exit: 1
# An uncaught error raised inside a list comprehension called from a method: the traceback lists every frame.
class Parser:
    def __init__(self, text):
        self.text = text

    def values(self):
        return [self.convert(tok) for tok in self.text.split(",")]

    def convert(self, tok):
        return int(tok.strip(), 16)

def load(texts):
    out = []
    for t in texts:
        p = Parser(t)
        out.append(sum(p.values()))
        print("loaded", t, "->", out[-1])
    return out

load(["1, 2, ff", "10,20", "7, zz, 3"])
print("not reached")

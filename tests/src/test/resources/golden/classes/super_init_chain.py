# Keyword-argument forwarding through super().__init__ in a class hierarchy.
class Node:
    def __init__(self, name, **kw):
        self.name = name
        self.tags = kw.pop("tags", [])
        if kw:
            raise TypeError("unexpected: " + ", ".join(sorted(kw)))

class Timestamped(Node):
    def __init__(self, stamp=0, **kw):
        super().__init__(**kw)
        self.stamp = stamp

class Document(Timestamped):
    def __init__(self, body="", **kw):
        super().__init__(**kw)
        self.body = body
    def summary(self):
        return "%s@%d [%s] %d chars" % (self.name, self.stamp, ",".join(self.tags), len(self.body))

docs = [
    Document(name="readme", body="hello world"),
    Document(name="log", stamp=42, tags=["sys", "daily"]),
    Document(body="x" * 300, name="big", stamp=7),
]
for d in docs:
    print(d.summary())
try:
    Document(name="bad", colour="red")
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in Document.__bases__], [c.__name__ for c in Timestamped.__bases__])
print(isinstance(docs[0], Node), hasattr(Document, "__mro__"))

# Multiple inheritance: super() through a diamond and attribute lookup order. MicroPython searches bases
# depth-first and super() continues in the bases of the class it is called from (no C3 linearisation).
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.options = dict(kw)

    def describe(self):
        return ["Base"]

    def close(self):
        self.log.append("Base.close")

class Buffered(Base):
    def __init__(self, size=16, **kw):
        super().__init__(**kw)
        self.size = size
        self.log.append("Buffered(%d)" % size)

    def describe(self):
        return ["Buffered"] + super().describe()

    def close(self):
        self.log.append("Buffered.flush")
        super().close()

class Locked(Base):
    def __init__(self, timeout=1, **kw):
        super().__init__(**kw)
        self.timeout = timeout
        self.log.append("Locked(%d)" % timeout)

    def describe(self):
        return ["Locked"] + super().describe()

    def close(self):
        self.log.append("Locked.release")
        super().close()

class Channel(Buffered, Locked):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Channel(%s)" % name)

    def describe(self):
        return ["Channel"] + super().describe()

class Reversed(Locked, Buffered):
    def describe(self):
        return ["Reversed"] + super().describe()

c = Channel("uart", size=64, timeout=5, parity="even")
print(c.log)
print(c.describe(), c.size, hasattr(c, "timeout"), c.options)
c.close()
print(c.log[-4:])
r = Reversed(size=8)
print(r.log, r.describe(), hasattr(r, "size"))
print([k.__name__ for k in (Channel, Buffered, Locked, Base)])
print(isinstance(c, Locked), issubclass(Reversed, Buffered), Channel.__bases__ == (Buffered, Locked))

class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

class E(C, B):
    pass

print(D().who(), E().who())

class P:
    tag = "P"

    def where(self):
        return "P.where"

class Q(P):
    pass

class R(P):
    tag = "R"

    def where(self):
        return "R.where"

class S(Q, R):
    pass

# depth-first: S, Q, P, R -- so P's attributes shadow R's
print(S.tag, S().where())
print(super(B, D()).who(), super(C, D()).who())

class Mixin:
    def greet(self):
        return "hello from %s" % type(self).__name__

class Plain(Mixin, object):
    pass

print(Plain().greet())
try:
    class Bad(A, B):
        pass
    print("created Bad")
except TypeError as e:
    print("TypeError:", e)

# Multiple inheritance, method resolution order and cooperative super().
class Base:
    def hello(self):
        return ["Base"]

class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()

print(Child().hello())
print(Left().hello(), Right().hello())

class Walker:
    def move(self):
        return "walk"
    def speed(self):
        return 5

class Swimmer:
    def move(self):
        return "swim"
    def depth(self):
        return 10

class Duck(Walker, Swimmer):
    pass

class Fish(Swimmer, Walker):
    pass

d = Duck()
f = Fish()
print(d.move(), d.speed(), d.depth())
print(f.move(), f.speed(), f.depth())
print(isinstance(d, Walker), isinstance(d, Swimmer), issubclass(Fish, Walker))

class Mixin:
    def tag(self):
        return "<" + self.label() + ">"

class Item(Mixin):
    def __init__(self, n):
        self.n = n
    def label(self):
        return "item%d" % self.n

print([Item(i).tag() for i in range(3)])

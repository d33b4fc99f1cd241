# Single inheritance, method overriding and super() calls through three levels.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "square")

    def describe(self):
        return "[" + super().describe() + "]"

class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

shapes = [Rect(2, 3), Square(4), Circle(1.5), Shape("blob")]
for s in shapes:
    print(s.describe())
print("created", Shape.count)
print(isinstance(shapes[1], Rect), isinstance(shapes[1], Circle), issubclass(Square, Shape))
print(type(shapes[1]).__name__, Square.__name__, Square.__bases__)
print(sorted(s.area() for s in shapes))

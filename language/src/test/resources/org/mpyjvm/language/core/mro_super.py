class Base:
    def hello(self):
        return ['Base']
class Left(Base):
    def hello(self):
        return ['Left'] + super().hello()
class Right(Base):
    def hello(self):
        return ['Right'] + super().hello()
    def only_right(self):
        return 'right'
class Child(Left, Right):
    def hello(self):
        return ['Child'] + super().hello()
print(Child().hello(), Child().only_right())
class A:
    def who(self):
        return 'A'
class B(A):
    pass
class C(A):
    def who(self):
        return 'C'
class D(B, C):
    pass
print(D().who())

# Properties with getters, setters, deleters and validation.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
        self.log = []

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self.log.append(value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        self.log.append("deleted")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius, t.log)

class Account:
    def __init__(self):
        self._balance = 0
    balance = property(lambda self: self._balance)
    def deposit(self, n):
        self._balance += n
        return self

acc = Account().deposit(5).deposit(7)
print(acc.balance, type(Account.balance).__name__)

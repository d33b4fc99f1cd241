# classmethod as alternative constructors, staticmethod helpers, class attributes.
class Date:
    separator = "-"
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split(cls.separator))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.y, self.m, self.d)

class EuroDate(Date):
    separator = "."

    def __repr__(self):
        return "EuroDate(%02d.%02d.%04d)" % (self.d, self.m, self.y)

print(Date.from_string("2024-02-29"))
print(EuroDate.from_string("2001.12.31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024), EuroDate.is_leap(2023))
d = Date(1999, 1, 1)
print(d.is_leap(1996), d.from_string("1-2-3"))
print("created", Date.created)
Date.separator = "/"
print(Date.from_string("2020/5/17"), EuroDate.separator)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)

# A Stack built on list: push/pop/peek, the list's own methods and operators apply to it


class StackEmpty(Exception):
    pass


class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        if not self:
            raise StackEmpty("peek at empty stack")
        return self[-1]

    def pop_or(self, default=None):
        return self.pop() if self else default

    def __repr__(self):
        return "Stack%s" % (list(self),)


s = Stack()
print(type(s).__name__, isinstance(s, list), isinstance(s, Stack), issubclass(Stack, list))
print(len(s), bool(s), s.pop_or("nothing"))
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s[0], s[-2], s[1:], 2 in s, 9 in s)
print(str(s), repr(s), list(s), tuple(s), sorted(s, reverse=True), sum(s), min(s), max(s))
print(s.pop(), s, s.peek())
s.extend([7, 8])
s.insert(0, 0)
print(s, s.index(7), s.count(2))
s.sort(reverse=True)
print(s)
s.reverse()
print(s)
s[0] = 100
del s[1]
print(s)
for i, v in enumerate(s):
    print(" ", i, v)

# operators give plain lists
both = s + [5]
print(both, type(both).__name__)
twice = s * 2
print(twice, type(twice).__name__)
print(s == [100, 2, 7, 8], [100, 2, 7, 8] == s, s != [1], s < [200], s == Stack([100, 2, 7, 8]))

# attributes live beside the items
s.name = "work"
print(s.name, s.__dict__)

# += uses the list's own in-place add, which returns the native list
t = Stack([1])
u = t
t += [2]
print(t, type(t).__name__, u is t)

# an empty stack refuses to peek
try:
    Stack().peek()
except StackEmpty as e:
    print("StackEmpty:", e)

# constructor arguments go to list()
print(Stack("abc"), Stack(range(3)), Stack())
try:
    Stack(1, 2)
except TypeError as e:
    print("TypeError:", e)

# a list as the left operand does not take a Stack
try:
    print([0] + Stack([1]))
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(s, 1)
except TypeError as e:
    print("TypeError:", e)

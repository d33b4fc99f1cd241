# A singly linked list class with iteration, indexing, reversal, and equality.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("index out of range")

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __eq__(self, other):
        return list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], ll[2])
ll.push(0)
ll.reverse()
print(ll, ll == [4, 3, 2, 1, 0], ll == LinkedList([4, 3, 2, 1, 0]))
print(ll.pop(), ll.pop(), ll, sum(ll), 2 in ll, 9 in ll)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
print(list(LinkedList("abc")), repr(empty), bool(empty))

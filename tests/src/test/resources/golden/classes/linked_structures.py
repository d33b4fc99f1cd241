# A doubly linked list and a binary search tree as classes, with iteration, removal and in-order traversal.
class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None

class DList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, v):
        n = Node(v)
        if self.tail is None:
            self.head = self.tail = n
        else:
            n.prev = self.tail
            self.tail.next = n
            self.tail = n
        self.size += 1
        return n

    def appendleft(self, v):
        n = Node(v)
        n.next = self.head
        if self.head:
            self.head.prev = n
        else:
            self.tail = n
        self.head = n
        self.size += 1

    def remove_node(self, n):
        if n.prev:
            n.prev.next = n.next
        else:
            self.head = n.next
        if n.next:
            n.next.prev = n.prev
        else:
            self.tail = n.prev
        self.size -= 1

    def remove(self, v):
        n = self.head
        while n:
            if n.value == v:
                self.remove_node(n)
                return True
            n = n.next
        return False

    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next

    def backwards(self):
        n = self.tail
        while n:
            yield n.value
            n = n.prev

    def __len__(self):
        return self.size

    def __repr__(self):
        return "DList(%s)" % " <-> ".join(str(v) for v in self)

d = DList([3, 5, 7])
d.appendleft(1)
d.append(9)
print(d, len(d))
print(d.remove(5), d.remove(42), d)
print(list(d.backwards()))
d.remove(1)
d.remove(9)
print(d, d.head.value, d.tail.value)

class BST:
    class _N:
        def __init__(self, k, v):
            self.k, self.v = k, v
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.count = 0

    def put(self, k, v):
        if self.root is None:
            self.root = BST._N(k, v)
            self.count = 1
            return
        n = self.root
        while True:
            if k == n.k:
                n.v = v
                return
            side = "left" if k < n.k else "right"
            child = getattr(n, side)
            if child is None:
                setattr(n, side, BST._N(k, v))
                self.count += 1
                return
            n = child

    def get(self, k, default=None):
        n = self.root
        while n:
            if k == n.k:
                return n.v
            n = n.left if k < n.k else n.right
        return default

    def items(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.k, n.v
            n = n.right

    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))

t = BST()
for word in "the quick brown fox jumps over the lazy dog".split():
    t.put(word, t.get(word, 0) + 1)
print(list(t.items()))
print(t.count, t.height(), t.get("the"), t.get("cat", "absent"))
print(type(t.root).__name__, BST._N.__name__)

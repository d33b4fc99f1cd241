# Generator methods on classes: tree traversal orders.
class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()

    def preorder(self):
        yield self.value
        for child in (self.left, self.right):
            if child:
                yield from child.preorder()

    def levels(self):
        queue = [(self, 0)]
        while queue:
            node, depth = queue.pop(0)
            yield depth, node.value
            for child in (node.left, node.right):
                if child:
                    queue.append((child, depth + 1))

def insert(tree, v):
    if tree is None:
        return Tree(v)
    if v < tree.value:
        tree.left = insert(tree.left, v)
    else:
        tree.right = insert(tree.right, v)
    return tree

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, v)
print(list(root.inorder()))
print(list(root.preorder()))
by_level = {}
for d, v in root.levels():
    by_level.setdefault(d, []).append(v)
print(sorted(by_level.items()))
print(sum(root.inorder()), max(root.preorder()))

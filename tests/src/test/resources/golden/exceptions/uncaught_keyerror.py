# exit: 1
# Uncaught KeyError from a dict lookup inside a method: the message shows the key's repr.
class Inventory:
    def __init__(self):
        self.stock = {"apple": 3, "pear": 0}

    def take(self, item):
        if self.stock[item] == 0:
            return "out of " + item
        self.stock[item] -= 1
        return "took " + item

inv = Inventory()
print(inv.take("apple"))
print(inv.take("pear"))
print(inv.take("plum"))

# exit: 1
# A None sneaking through a chain of lookups: AttributeError names the NoneType receiver.
CONFIG = {"network": {"wifi": {"ssid": "lab", "channel": 6}}, "display": None}

class Node:
    def __init__(self, data):
        self.data = data

    def get(self, key):
        v = self.data.get(key) if self.data is not None else None
        return Node(v) if isinstance(v, dict) or v is None else v

root = Node(CONFIG)
print(root.get("network").get("wifi").get("ssid"))
print(root.get("network").get("wifi").get("channel") + 1)
print(root.get("display").get("width").data)
print(root.get("display").data.get("height"))

# An LRU cache class built on a dict plus a doubly linked list, with hit/miss statistics.
class _Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self.map = {}
        self.head = _Node(None, None)
        self.tail = _Node(None, None)
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            evicted = lru.key
        else:
            evicted = None
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)
        return evicted

    def keys(self):
        out = []
        n = self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

cache = LRUCache(3)
ops = [("put", "a", 1), ("put", "b", 2), ("get", "a"), ("put", "c", 3), ("put", "d", 4),
       ("get", "b"), ("get", "c"), ("put", "a", 10), ("put", "e", 5), ("get", "a"), ("get", "d")]
for op in ops:
    if op[0] == "put":
        ev = cache.put(op[1], op[2])
        print("put %s=%r evicted=%s order=%s" % (op[1], op[2], ev, cache.keys()))
    else:
        print("get %s -> %r order=%s" % (op[1], cache.get(op[1]), cache.keys()))
print("len", len(cache), "b" in cache, "e" in cache)
print("hits", cache.hits, "misses", cache.misses, "evictions", cache.evictions)

def cached(capacity):
    def deco(fn):
        store = LRUCache(capacity)
        def wrapper(n):
            v = store.get(n)
            if v is None:
                v = fn(n)
                store.put(n, v)
            return v
        return wrapper, store
    return deco

def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib, fib_store = cached(50)(slow_fib)
print(fib(60), fib_store.hits, fib_store.misses, len(fib_store))
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

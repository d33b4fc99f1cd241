# exit: 1
# A recursive descent that fails a few levels down: one traceback line per recursion level.
def depth_sum(node, level=0):
    if isinstance(node, int):
        return node
    if not isinstance(node, list):
        raise TypeError("unexpected %s at level %d" % (type(node).__name__, level))
    return sum([depth_sum(c, level + 1) for c in node])

print(depth_sum([1, [2, 3], [[4]]]))
print(depth_sum([1, [2, ["three"]]]))

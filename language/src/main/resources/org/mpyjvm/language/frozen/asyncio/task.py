# asyncio for mpy-jvm: Task and TaskQueue (MicroPython's unix port has them in C as _asyncio).
#
# TaskQueue is a pairing heap ordered by ph_key, a ticks_ms() value compared with ticks_diff. Its melding and
# pairing follow py/pairheap.c step for step: which of two tasks due at the same tick runs first depends on
# those steps, and printed interleavings must come out as on MicroPython.
#
# A node's links: ph_child (first child), ph_child_last (last child), ph_next (next sibling). pairheap.c stores
# "last child, this is my parent" in the sibling pointer; here that is ph_next None with ph_up set to the parent.
# A node with neither is a heap root or in no heap.

from . import core


def _meld(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if core.ticks_diff(a.ph_key, b.ph_key) < 0:
        # b joins a's children at the end
        if a.ph_child is None:
            a.ph_child = b
        else:
            last = a.ph_child_last
            last.ph_next = b
            last.ph_up = None
        a.ph_child_last = b
        b.ph_next = None
        b.ph_up = a
        return a
    # a joins b's children at the front (so among equal keys the earlier heap stays on top)
    a.ph_next = b.ph_child
    a.ph_up = None
    b.ph_child = a
    if a.ph_next is None:
        b.ph_child_last = a
        a.ph_up = b
    return b


def _pairing(child):
    # melds a list of siblings pairwise from the left, then folds the pairs into one heap
    if child is None:
        return None
    heap = None
    while child is not None:
        first = child
        child = first.ph_next
        if child is not None:
            second = child
            child = second.ph_next
            first = _meld(first, second)
        heap = _meld(heap, first)
    heap.ph_next = None
    heap.ph_up = None
    return heap


def _delete(heap, node):
    if node is heap:
        return _pairing(heap.ph_child)
    if node.ph_next is None and node.ph_up is None:
        # not in this heap
        return heap
    parent = node
    while parent.ph_next is not None:
        parent = parent.ph_next
    parent = parent.ph_up
    if node is parent.ph_child and node.ph_child is None:
        parent.ph_child = node.ph_next
        node.ph_next = None
        node.ph_up = None
        return heap
    after = node.ph_next
    after_up = node.ph_up
    node.ph_next = None
    node.ph_up = None
    if node is parent.ph_child:
        node = _pairing(node.ph_child)
        parent.ph_child = node
    else:
        before = parent.ph_child
        while before.ph_next is not node:
            before = before.ph_next
        node = _pairing(node.ph_child)
        if node is None:
            node = before
        else:
            before.ph_next = node
            before.ph_up = None
    node.ph_next = after
    node.ph_up = after_up
    if after is None:
        parent.ph_child_last = node
    return heap


class TaskQueue:
    def __init__(self):
        self.heap = None

    def __repr__(self):
        # printed as MicroPython prints its C type, which has no print function
        return "<TaskQueue>"

    def peek(self):
        return self.heap

    def push(self, task, key=None):
        task.data = None
        task.ph_key = core.ticks() if key is None else key
        task.ph_child = None
        task.ph_next = None
        task.ph_up = None
        self.heap = _meld(task, self.heap)

    def pop(self):
        top = self.heap
        if top is None:
            raise IndexError("empty heap")
        self.heap = _pairing(top.ph_child)
        return top

    def remove(self, task):
        if self.heap is not None:
            self.heap = _delete(self.heap, task)


# Task.state: True while running and nobody waits on it; a TaskQueue of the tasks awaiting it; a callable to
# call when it ends (gather); None once done and not awaited; False once done and awaited (or retrieved).
class Task:
    def __init__(self, coro, globals=None):
        self.coro = coro
        self.data = None
        self.state = True
        self.ph_key = 0
        self.ph_child = None
        self.ph_child_last = None
        self.ph_next = None
        self.ph_up = None

    def __repr__(self):
        return "<Task>"

    def __iter__(self):
        state = self.state
        if state is None or state is False:
            self.state = False
        elif state is True:
            self.state = TaskQueue()
        elif type(state) is not TaskQueue:
            raise RuntimeError("can't wait")
        return self

    def __next__(self):
        if self.state is None or self.state is False:
            # finished: its StopIteration (with the return value) or its exception goes to the awaiting task
            raise self.data
        waiter = core.cur_task
        self.state.push(waiter)
        waiter.data = self

    def done(self):
        return self.state is None or self.state is False

    def cancel(self):
        if self.state is None or self.state is False:
            return False
        if self is core.cur_task:
            raise RuntimeError("can't cancel self")
        target = self
        while isinstance(target.data, Task):
            # cancelling a task that awaits another cancels the innermost one
            target = target.data
        queue = core._task_queue
        if hasattr(target.data, "remove"):
            target.data.remove(target)
            queue.push(target)
        elif core.ticks_diff(target.ph_key, core.ticks()) > 0:
            queue.remove(target)
            queue.push(target)
        target.data = core.CancelledError
        return True

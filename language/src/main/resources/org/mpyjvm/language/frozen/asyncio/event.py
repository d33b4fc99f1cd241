# asyncio for mpy-jvm: Event and ThreadSafeFlag.

from . import core


class Event:
    def __init__(self):
        self.state = False
        self.waiting = core.TaskQueue()

    def is_set(self):
        return self.state

    def set(self):
        # wake every waiting task (only from the loop's own thread: this touches the run queue)
        waiting = self.waiting
        while waiting.peek():
            core._task_queue.push(waiting.pop())
        self.state = True

    def clear(self):
        self.state = False

    # a generator rather than async def, so that a set event costs no suspension
    def wait(self):
        if not self.state:
            task = core.cur_task
            self.waiting.push(task)
            task.data = self.waiting
            yield
        return True


import io


class ThreadSafeFlag(io.IOBase):
    # A flag that may be set from outside the loop. It is a stream that the loop polls (ioctl MP_STREAM_POLL) like
    # any other, so wait() sleeps in select.poll until set() is called. wait() clears it again.
    def __init__(self):
        self.state = 0

    def ioctl(self, req, flags):
        if req == 3:
            return self.state * flags
        return -1

    def set(self):
        self.state = 1

    def clear(self):
        self.state = 0

    async def wait(self):
        if not self.state:
            yield core._io_queue.queue_read(self)
        self.state = 0

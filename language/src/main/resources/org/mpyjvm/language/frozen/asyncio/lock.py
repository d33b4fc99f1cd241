# asyncio for mpy-jvm: Lock.

from . import core


class Lock:
    # state: 0 unlocked, 1 locked, or the Task that release() chose to take the lock next (it has not run yet)
    def __init__(self):
        self.state = 0
        self.waiting = core.TaskQueue()

    def locked(self):
        return self.state == 1

    def release(self):
        if self.state != 1:
            raise RuntimeError("Lock not acquired")
        if self.waiting.peek():
            self.state = self.waiting.pop()
            core._task_queue.push(self.state)
        else:
            self.state = 0

    def acquire(self):
        if self.state != 0:
            task = core.cur_task
            self.waiting.push(task)
            task.data = self.waiting
            try:
                yield
            except core.CancelledError as er:
                if self.state == core.cur_task:
                    # cancelled after release() handed us the lock: pass it on
                    self.state = 1
                    self.release()
                raise er
        self.state = 1
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        return self.release()

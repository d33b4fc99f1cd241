# asyncio for mpy-jvm: the scheduler. Behaviour follows MicroPython's asyncio (extmod/asyncio) so that programs
# print the same interleavings: tasks wait in a TaskQueue keyed by the ticks_ms() at which they may run, the loop
# runs the earliest, and while none is due it waits in select.poll on the streams tasks are reading or writing.

from time import ticks_ms as ticks, ticks_diff, ticks_add
import sys, select

from .task import TaskQueue, Task


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


# the context passed to Loop.call_exception_handler for a detached task that ended with an exception
_exc_context = {"message": "Task exception wasn't retrieved", "exception": None, "future": None}


class _SleepUntil:
    # The awaitable of sleep_ms: the first step puts the current task back on the queue at the wake-up time and
    # suspends it; the second (when the loop resumes the task) ends the await. One instance serves every sleep.
    def __init__(self):
        self.wake = None

    def __iter__(self):
        return self

    def __next__(self):
        wake = self.wake
        if wake is None:
            raise StopIteration
        self.wake = None
        _task_queue.push(cur_task, wake)


def sleep_ms(t, _waiter=_SleepUntil()):
    assert _waiter.wake is None
    _waiter.wake = ticks_add(ticks(), max(0, t))
    return _waiter


def sleep(t):
    return sleep_ms(int(t * 1000))


class IOQueue:
    # The tasks waiting to read or write a stream: id(stream) -> [reader task, writer task, stream].
    def __init__(self):
        self.poller = select.poll()
        self.map = {}

    def _enqueue(self, s, idx):
        key = id(s)
        if key not in self.map:
            waiting = [None, None, s]
            waiting[idx] = cur_task
            self.map[key] = waiting
            self.poller.register(s, select.POLLIN if idx == 0 else select.POLLOUT)
        else:
            waiting = self.map[key]
            assert waiting[idx] is None
            assert waiting[1 - idx] is not None
            waiting[idx] = cur_task
            self.poller.modify(s, select.POLLIN | select.POLLOUT)
        # the task's data names the queue it waits in, so cancel() can take it out
        cur_task.data = self

    def _dequeue(self, s):
        del self.map[id(s)]
        self.poller.unregister(s)

    def queue_read(self, s):
        self._enqueue(s, 0)

    def queue_write(self, s):
        self._enqueue(s, 1)

    def remove(self, task):
        while True:
            found = None
            for key in self.map:
                reader, writer, s = self.map[key]
                if reader is task or writer is task:
                    found = s
                    break
            if found is None:
                break
            self._dequeue(found)

    def wait_io_event(self, dt):
        for s, ev in self.poller.ipoll(dt):
            waiting = self.map[id(s)]
            if ev & ~select.POLLOUT and waiting[0] is not None:
                # readable, or an error: wake the reader
                _task_queue.push(waiting[0])
                waiting[0] = None
            if ev & ~select.POLLIN and waiting[1] is not None:
                _task_queue.push(waiting[1])
                waiting[1] = None
            if waiting[0] is None and waiting[1] is None:
                self._dequeue(s)
            elif waiting[0] is None:
                self.poller.modify(s, select.POLLOUT)
            else:
                self.poller.modify(s, select.POLLIN)


def _promote_to_task(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro, globals())
    _task_queue.push(t)
    return t


def _finished(t, er, awaited):
    # Task t's coroutine ended with er (StopIteration carries its return value): wake what waits on it.
    state = t.state
    if state is True:
        # nobody waits: None marks "done, result not yet retrieved"
        t.state = False if awaited else None
    elif callable(state):
        state(t, er)
        t.state = False
        awaited = True
    else:
        while state.peek():
            _task_queue.push(state.pop())
            awaited = True
        t.state = False
    if not awaited and not isinstance(er, (CancelledError, StopIteration)):
        # a detached task failed: run it once more later, so that if nobody retrieves the exception first the
        # exception handler reports it
        _task_queue.push(t)
    t.data = er


def run_until_complete(main_task=None):
    global cur_task
    while True:
        # wait until the first task is due, watching the streams meanwhile
        dt = 1
        while dt > 0:
            dt = -1
            t = _task_queue.peek()
            if t:
                dt = max(0, ticks_diff(t.ph_key, ticks()))
            elif not _io_queue.map:
                cur_task = None
                if not main_task or not main_task.state:
                    return
                # nothing can wake the loop, but the main task has not finished: idle, as MicroPython does
                dt = 3
            _io_queue.wait_io_event(dt)

        t = _task_queue.pop()
        cur_task = t
        try:
            exc = t.data
            if not exc:
                t.coro.send(None)
            else:
                # cancelled (exc is CancelledError), or a finished detached task whose exception went unretrieved
                t.data = None
                t.coro.throw(exc)
        except (CancelledError, Exception) as er:
            assert t.data is None
            awaited = t is main_task
            if awaited:
                cur_task = None
                if not isinstance(er, StopIteration):
                    t.state = False
                    raise er
                if t.state is None:
                    t.state = False
            if t.state:
                _finished(t, er, awaited)
            elif t.state is None:
                # the finished task's exception was never retrieved: report it
                t.data = exc
                _exc_context["exception"] = exc
                _exc_context["future"] = t
                Loop.call_exception_handler(_exc_context)
            if t is main_task:
                return er.value


def run(coro):
    return run_until_complete(create_task(coro))


async def _stopper():
    pass


cur_task = None
_stop_task = None


class Loop:
    # MicroPython has one event loop; its methods are plain functions of this class, which is what
    # get_event_loop() returns.
    _exc_handler = None

    def create_task(coro):
        return create_task(coro)

    def run_forever():
        global _stop_task
        _stop_task = Task(_stopper(), globals())
        run_until_complete(_stop_task)

    def run_until_complete(aw):
        return run_until_complete(_promote_to_task(aw))

    def stop():
        global _stop_task
        if _stop_task is not None:
            _task_queue.push(_stop_task)
            _stop_task = None

    def close():
        pass

    def set_exception_handler(handler):
        Loop._exc_handler = handler

    def get_exception_handler():
        return Loop._exc_handler

    def default_exception_handler(loop, context):
        print(context["message"], file=sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def new_event_loop():
    global _task_queue, _io_queue
    _task_queue = TaskQueue()
    _io_queue = IOQueue()
    return Loop


new_event_loop()

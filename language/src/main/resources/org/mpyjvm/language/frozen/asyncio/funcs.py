# asyncio for mpy-jvm: wait_for, wait_for_ms and gather.

from . import core


async def _watch(waiter, aw):
    # Runs aw for wait_for; when it ends first, it cancels the waiter's sleep with a CancelledError that carries
    # (True, result) or (exception, None).
    try:
        result = await aw
        status = True
    except BaseException as er:
        result = None
        status = er
    if waiter.data is None:
        if waiter.cancel():
            waiter.data = core.CancelledError(status, result)


async def wait_for(aw, timeout, sleep=core.sleep):
    aw = core._promote_to_task(aw)
    if timeout is None:
        return await aw
    watcher = core.create_task(_watch(core.cur_task, aw))
    try:
        await sleep(timeout)
    except core.CancelledError as er:
        status = er.value
        if status is None:
            # cancelled from outside: cancel aw too
            watcher.cancel()
            raise er
        if status is True:
            return er.args[1]
        raise status
    # the timeout came first
    watcher.cancel()
    await watcher
    raise core.TimeoutError


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout, core.sleep_ms)


class _Remove:
    # what the gathering task "waits in": cancel() calls remove(), which has nothing to do
    @staticmethod
    def remove(t):
        pass


def gather(*aws, return_exceptions=False):
    if not aws:
        return []

    def done(t, er):
        # called by the loop when sub-task t ends with er
        nonlocal state
        if gather_task.data is not _Remove:
            # the gathering task was already woken (an earlier failure, or it was cancelled)
            return
        elif not return_exceptions and not isinstance(er, StopIteration):
            state = er
        else:
            state -= 1
            if state:
                return
        core._task_queue.push(gather_task)

    ts = [core._promote_to_task(aw) for aw in aws]
    for i in range(len(ts)):
        if ts[i].state is not True:
            raise RuntimeError("can't gather")
        ts[i].state = done

    gather_task = core.cur_task
    state = len(ts)
    cancel_all = False

    gather_task.data = _Remove
    try:
        yield
    except core.CancelledError as er:
        cancel_all = True
        state = er

    for i in range(len(ts)):
        if ts[i].state is done:
            ts[i].state = True
            if cancel_all:
                ts[i].cancel()
        elif isinstance(ts[i].data, StopIteration):
            ts[i] = ts[i].data.value
        else:
            ts[i] = ts[i].data

    if state:
        raise state
    return ts

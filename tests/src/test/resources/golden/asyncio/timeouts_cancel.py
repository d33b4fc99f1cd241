# Timeouts and cancellation: wait_for / wait_for_ms, Task.cancel(), CancelledError handling, current_task().
import asyncio


async def slow(name, seconds):
    print(name, "start")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "end")
    return name


async def stubborn():
    # ignores one cancellation, then finishes on its own
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "stubborn result"


async def fails():
    await asyncio.sleep(0)
    raise ValueError("sensor offline")


async def main():
    # finishes in time
    print(await asyncio.wait_for(slow("quick", 0), 5))
    # times out: the awaited task is cancelled, then TimeoutError
    try:
        await asyncio.wait_for(slow("long", 10), 0.05)
    except asyncio.TimeoutError:
        print("TimeoutError")
    try:
        await asyncio.wait_for_ms(slow("long_ms", 10), 50)
    except asyncio.TimeoutError as e:
        print("TimeoutError from wait_for_ms", type(e) is asyncio.TimeoutError)
    # MicroPython raises TimeoutError even when the task swallowed the cancellation
    try:
        print(await asyncio.wait_for(stubborn(), 0.05))
    except asyncio.TimeoutError:
        print("TimeoutError after stubborn")
    # the awaited task's own exception comes through
    try:
        await asyncio.wait_for(fails(), 5)
    except ValueError as e:
        print("ValueError:", e)
    # no timeout at all
    print(await asyncio.wait_for(slow("untimed", 0), None))

    # cancel a sleeping task
    t = asyncio.create_task(slow("victim", 10))
    await asyncio.sleep(0)
    print("done before cancel:", t.done())
    print("cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await on cancelled task raised CancelledError")
    print("done after cancel:", t.done(), "cancel again ->", t.cancel())

    # cancelling a task that waits on another task cancels the inner one
    inner = asyncio.create_task(slow("inner", 10))

    async def outer():
        try:
            return await inner
        except asyncio.CancelledError:
            print("outer saw CancelledError")
            return "outer handled it"

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("inner done:", inner.done(), "outer done:", o.done())

    # a task cannot cancel itself
    me = asyncio.current_task()
    try:
        me.cancel()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # a finished task gives its result to every later await
    t = asyncio.create_task(slow("twice", 0))
    print(await t, await t)
    # create_task needs a coroutine
    try:
        asyncio.create_task(slow)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside the loop:", e)

# A sensor-polling program: readers gathered with return_exceptions, the loop object's methods, a custom
# exception handler for a detached task that fails, and run_forever() ended by stop().
import asyncio


class Sensor:
    def __init__(self, name, readings):
        self.name = name
        self.readings = readings

    async def read(self):
        # each reading takes one scheduler turn
        await asyncio.sleep(0)
        value = self.readings.pop(0)
        if value is None:
            raise OSError(5)
        return value


async def sample(sensor, count):
    total = 0
    for _ in range(count):
        value = await sensor.read()
        print(sensor.name, "reads", value)
        total += value
    return sensor.name, total / count


async def poll_all():
    sensors = [
        Sensor("temp", [20, 21, 22]),
        Sensor("humidity", [40, None, 41]),
        Sensor("light", [300, 310, 320]),
    ]
    results = await asyncio.gather(*[sample(s, 3) for s in sensors], return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("failed:", repr(r))
        else:
            print("average %s = %.1f" % r)
    # without return_exceptions the first failure ends the gather
    try:
        await asyncio.gather(sample(Sensor("bad", [None]), 1), sample(Sensor("ok", [1, 2]), 2))
    except OSError as e:
        print("gather raised OSError", e.errno)
    print("empty gather:", await asyncio.gather())
    return len(results)


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))


async def detached_failure():
    await asyncio.sleep(0)
    raise KeyError("calibration")


async def pause():
    # a few scheduler turns (asyncio.sleep() itself returns an awaitable that is not a coroutine, so it cannot
    # become a task); turns rather than milliseconds keep the order independent of the machine's speed
    for _ in range(3):
        await asyncio.sleep_ms(0)


async def ticker(loop, n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)
    print("ticker stops the loop")
    loop.stop()


loop = asyncio.get_event_loop()
print("same loop:", loop is asyncio.get_event_loop())
print("readers:", loop.run_until_complete(poll_all()))

print("default handler installed:", loop.get_exception_handler() is None)
loop.set_exception_handler(handler)
loop.create_task(detached_failure())
loop.run_until_complete(pause())
print("custom handler installed:", loop.get_exception_handler() is handler)

loop.create_task(ticker(loop, 3))
loop.run_forever()
print("run_forever returned")
loop.close()

# asyncio.run returns the coroutine's value; a new event loop starts empty
loop2 = asyncio.new_event_loop()
print("new loop is the same object:", loop2 is loop)
print(asyncio.run(sample(Sensor("pressure", [1000, 1002]), 2)))

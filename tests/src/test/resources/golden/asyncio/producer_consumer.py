# A bounded queue built from asyncio.Event and asyncio.Lock: two producers, one consumer.
# Ordering comes from events and sleep(0) only, so the interleaving does not depend on timing.
import asyncio


class Queue:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.not_empty = asyncio.Event()
        self.not_full = asyncio.Event()
        self.not_full.set()
        self.lock = asyncio.Lock()

    async def put(self, item):
        while len(self.items) >= self.size:
            self.not_full.clear()
            await self.not_full.wait()
        async with self.lock:
            self.items.append(item)
            self.not_empty.set()

    async def get(self):
        while not self.items:
            self.not_empty.clear()
            await self.not_empty.wait()
        await self.lock.acquire()
        try:
            item = self.items.pop(0)
            self.not_full.set()
            return item
        finally:
            self.lock.release()


async def producer(name, q, count):
    for i in range(count):
        item = "%s%d" % (name, i)
        await q.put(item)
        print("put", item, "queued", len(q.items))
        await asyncio.sleep(0)
    print("producer", name, "finished")


async def consumer(q, total):
    got = []
    while len(got) < total:
        item = await q.get()
        got.append(item)
        print("got", item)
    return got


async def main():
    q = Queue(2)
    c = asyncio.create_task(consumer(q, 6))
    p1 = asyncio.create_task(producer("a", q, 3))
    p2 = asyncio.create_task(producer("b", q, 3))
    got = await c
    print("consumer got", got)
    print("producers done:", p1.done(), p2.done())
    await asyncio.sleep(0)
    print("producers done:", p1.done(), p2.done())

    # Event.wait() on a set event returns at once, without a suspension
    ev = asyncio.Event()
    ev.set()
    print("wait on set event:", await ev.wait(), ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())

    # a Lock handed from one task to the next in the order they asked
    lock = asyncio.Lock()
    order = []

    async def holder(n):
        async with lock:
            order.append(n)
            print("holder", n, "has the lock; locked() =", lock.locked())
            await asyncio.sleep(0)
        return n

    print(await asyncio.gather(holder(1), holder(2), holder(3)))
    print("order", order, "locked", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "main done"


print(asyncio.run(main()))

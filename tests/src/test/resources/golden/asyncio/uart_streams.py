# StreamReader/StreamWriter over a simulated UART (an io.IOBase class polled through its ioctl), and a
# ThreadSafeFlag set by another task. The loop waits for the UART in select.poll.
import asyncio
import io

MP_STREAM_POLL = 3
POLLIN = 1
POLLOUT = 4


class FakeUart(io.IOBase):
    def __init__(self):
        self.rx = b""
        self.tx = b""
        self.polls = 0

    def ioctl(self, req, arg):
        if req == MP_STREAM_POLL:
            self.polls += 1
            ready = POLLOUT
            if self.rx:
                ready |= POLLIN
            return ready & arg
        return -1

    def feed(self, data):
        self.rx += data

    def read(self, n=-1):
        if n < 0:
            n = len(self.rx)
        data, self.rx = self.rx[:n], self.rx[n:]
        return data

    def readinto(self, buf):
        n = min(len(buf), len(self.rx))
        buf[:n] = self.rx[:n]
        self.rx = self.rx[n:]
        return n

    def readline(self):
        end = self.rx.find(b"\n")
        if end < 0:
            return None  # no whole line yet: a non-blocking stream returns None
        return self.read(end + 1)

    def write(self, data):
        # accepts at most 4 bytes per call, like a small transmit FIFO
        chunk = bytes(data[:4])
        self.tx += chunk
        return len(chunk)


async def device(uart, flag):
    # the other end of the wire: answers in pieces, one scheduler turn apart
    for piece in (b"OK 12", b"3\nTEMP=", b"21.5\n", b"\x01\x02\x03\x04\x05"):
        await asyncio.sleep(0)
        uart.feed(piece)
    flag.set()


async def main():
    uart = FakeUart()
    flag = asyncio.ThreadSafeFlag()
    reader = asyncio.StreamReader(uart)
    writer = asyncio.StreamWriter(uart)
    print("reader is writer class:", asyncio.StreamReader is asyncio.StreamWriter)

    writer.write(b"AT+READ\r\n")
    print("buffered before drain:", writer.out_buf)
    await writer.drain()
    print("sent:", uart.tx)

    asyncio.create_task(device(uart, flag))
    print("line:", await reader.readline())
    print("line:", await reader.readline())
    buf = bytearray(3)
    n = await reader.readinto(buf)
    print("readinto:", n, bytes(buf))
    print("readexactly:", await reader.readexactly(2))
    await flag.wait()
    print("flag was set; uart polled:", uart.polls > 0)

    flag.set()
    await flag.wait()  # already set: returns without waiting, and clears it
    print("flag state after wait:", flag.state)

    uart.feed(b"partial")
    try:
        await asyncio.wait_for(reader.readline(), 0.05)
    except asyncio.TimeoutError:
        print("no newline in time; left in the UART:", uart.rx)

    uart.rx = b""
    uart.feed(b"ab")
    try:
        await asyncio.wait_for_ms(reader.readexactly(3), 50)
    except asyncio.TimeoutError:
        print("readexactly timed out")
    print("legacy awrite:")
    await writer.awrite(b"0123456789", 2, 5)
    print("sent:", uart.tx)


asyncio.run(main())

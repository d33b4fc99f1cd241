# asyncio for mpy-jvm: StreamReader/StreamWriter over any pollable stream (sys.stdin, a user io.IOBase class, ...).
# open_connection and start_server are absent: the simulated board has no socket module.

from . import core


def _bytes(data):
    # MicroPython's bytes + str appends the str's UTF-8 (str has the buffer protocol there), so reading a text
    # stream such as sys.stdin gives bytes; mpy-jvm's bytes + str refuses, hence the explicit encode
    return data.encode() if isinstance(data, str) else data


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""

    def get_extra_info(self, v):
        return self.e[v]

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    def read(self, n=-1):
        r = b""
        while True:
            yield core._io_queue.queue_read(self.s)
            chunk = self.s.read(n)
            if chunk is not None:
                if n >= 0:
                    return chunk
                if not len(chunk):
                    return r
                r += _bytes(chunk)

    def readinto(self, buf):
        yield core._io_queue.queue_read(self.s)
        return self.s.readinto(buf)

    def readexactly(self, n):
        r = b""
        while n:
            yield core._io_queue.queue_read(self.s)
            chunk = self.s.read(n)
            if chunk is not None:
                chunk = _bytes(chunk)
                if not len(chunk):
                    raise EOFError
                r += chunk
                n -= len(chunk)
        return r

    def readline(self):
        line = b""
        while True:
            yield core._io_queue.queue_read(self.s)
            part = self.s.readline()
            if part is None:
                continue
            line += _bytes(part)
            if not part or line[-1] == 10:
                return line

    def write(self, buf):
        if not self.out_buf:
            ret = self.s.write(buf)
            if ret == len(buf):
                return
            if ret is not None:
                buf = buf[ret:]
        self.out_buf += buf

    def drain(self):
        if not self.out_buf:
            # always yield once, so a loop of write() + drain() lets other tasks run
            return (yield from core.sleep_ms(0))
        mv = memoryview(self.out_buf)
        off = 0
        while off < len(mv):
            yield core._io_queue.queue_write(self.s)
            ret = self.s.write(mv[off:])
            if ret is not None:
                off += ret
        self.out_buf = b""


StreamReader = Stream
StreamWriter = Stream


async def _awrite(self, buf, off=0, sz=-1):
    # the old uasyncio names
    if off != 0 or sz != -1:
        buf = memoryview(buf)
        if sz == -1:
            sz = len(buf)
        buf = buf[off : off + sz]
    self.write(buf)
    await self.drain()


Stream.aclose = Stream.wait_closed
Stream.awrite = _awrite
Stream.awritestr = _awrite

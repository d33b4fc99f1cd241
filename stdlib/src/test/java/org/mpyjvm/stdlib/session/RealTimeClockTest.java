package org.mpyjvm.stdlib.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mpyjvm.stdlib.PythonRun;

/** {@code --clock}: the board's RTC starts at the given time and runs; time and file mtimes read the same clock. */
class RealTimeClockTest {
    private static final String SCRIPT = """
            import time, os, vfs
            class Ram:
                def __init__(self, n):
                    self.data = bytearray(n * 512)
                def readblocks(self, b, buf, off=0):
                    buf[:] = self.data[b * 512 + off:b * 512 + off + len(buf)]
                def writeblocks(self, b, buf, off=None):
                    if off is None:
                        off = 0
                    self.data[b * 512 + off:b * 512 + off + len(buf)] = buf
                def ioctl(self, op, arg):
                    return {4: 128, 5: 512, 6: 0}.get(op)
            dev = Ram(128)
            vfs.VfsLfs2.mkfs(dev)
            vfs.mount(vfs.VfsLfs2(dev), '/ram')
            t0 = time.time()
            print(time.gmtime()[:5])
            time.sleep_ms(1200)
            t1 = time.time()
            print(1.1 < t1 - t0 < 30)
            print(time.time_ns() // 1_000_000_000 >= int(t1))
            with open('/ram/stamp.txt', 'w') as f:
                f.write('x')
            print(abs(os.stat('/ram/stamp.txt')[8] - int(time.time())) <= 2)
            """;

    @Test
    void clockStartsAtTheGivenTimeAndRuns() {
        PythonRun r = PythonRun.run(SCRIPT, "clock=2024-06-01T12:00:00");
        assertEquals("", r.err());
        assertEquals("(2024, 6, 1, 12, 0)\nTrue\nTrue\nTrue\n", r.out());
    }

    @Test
    void anOffsetIsHonoured() {
        PythonRun r = PythonRun.run("import time\nprint(time.gmtime()[:4])\n", "clock=2024-06-01T12:00:00+02:00");
        assertEquals("(2024, 6, 1, 10)\n", r.out());
    }

    @Test
    void withoutTheOptionTheRtcIsTheHostClock() {
        long host = System.currentTimeMillis() / 1000;
        PythonRun r = PythonRun.run("import time\nprint(int(time.time()))\n");
        long guest = Long.parseLong(r.out().strip());
        assertEquals(true, Math.abs(guest - host) < 60, "guest " + guest + " host " + host);
    }
}

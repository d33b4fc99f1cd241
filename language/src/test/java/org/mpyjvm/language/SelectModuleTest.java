package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * select on the unix port: file descriptors (ints, sys.stdin/stdout), the MP_STREAM_GET_FILENO question a user
 * stream is asked at register(), no select.select(); and stdin readiness, including end of input.
 */
class SelectModuleTest {
    private static String run(String code, InputStream stdin, Map<String, String> options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Context.Builder builder = Context.newBuilder("mpy").out(out).err(out).in(stdin)
            .option("engine.WarnInterpreterOnly", "false").arguments("mpy", new String[]{"test.py"});
        options.forEach(builder::option);
        try (Context context = builder.build()) {
            context.eval(Source.newBuilder("mpy", code, "test.py").buildLiteral());
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String run(String code, String stdin) {
        return run(code, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    @Test
    void descriptorsAndTheUnixPortsFilenoQuestion() {
        assertEquals("False\n[(1, 4)]\n[(99, 32)]\nValueError\n"
            + "ioctl 10 0\nioctl 3 1\n[(<S>, 1)]\n"
            + "ioctl 10 0\n[(<F>, 1)]\n",
            run("import select, io, sys\n"
                + "print(hasattr(select, 'select'))\n"
                + "p = select.poll()\n"
                + "p.register(1)\n"
                + "print(p.poll(0))\n"
                + "p.unregister(1)\n"
                + "p.register(99)\n"
                + "print(p.poll(0))\n"
                + "try:\n"
                + "    p.register(-1)\n"
                + "except ValueError:\n"
                + "    print('ValueError')\n"
                + "class S(io.IOBase):\n"
                + "    def ioctl(self, req, arg):\n"
                + "        print('ioctl', req, arg)\n"
                + "        return -1 if req == 10 else 1\n"
                + "    def __repr__(self): return '<S>'\n"
                + "q = select.poll()\n"
                + "q.register(S(), select.POLLIN)\n"
                + "print(q.poll(0))\n"
                + "class F(S):\n"
                + "    def ioctl(self, req, arg):\n"
                + "        print('ioctl', req, arg)\n"
                + "        return 0  # fd 0: polled as stdin from now on\n"
                + "    def __repr__(self): return '<F>'\n"
                + "q = select.poll()\n"
                + "q.register(F(), select.POLLIN)\n"
                + "print(q.poll(0))\n", "x"));
    }

    @Test
    void bareMetalPortsHaveSelectSelect() {
        assertEquals("([<P>], [<P>], [])\n([], [], [])\n([], [1], [])\nTypeError\n",
            run("import select, io\n"
                + "class P(io.IOBase):\n"
                + "    def ioctl(self, req, arg):\n"
                + "        return arg & 5 if req == 3 else -1\n"
                + "    def __repr__(self): return '<P>'\n"
                + "p = P()\n"
                + "print(select.select([p], [p], [p], 0))\n"
                + "print(select.select([], [], [], 0.01))\n"
                + "print(select.select((), (1,), (), None))\n"
                + "try:\n"
                + "    select.select(1, [], [])\n"
                + "except TypeError:\n"
                + "    print('TypeError')\n",
                new ByteArrayInputStream(new byte[0]), Map.of("mpy.Env", "platform=rp2")));
    }

    @Test
    void stdinIsReadableWithDataAndAtEndOfInput() {
        assertEquals("[(<io.TextIOWrapper 0>, 1)]\n'line\\n'\n[(<io.TextIOWrapper 0>, 1)]\n''\n",
            run("import select, sys\n"
                + "p = select.poll()\n"
                + "p.register(sys.stdin, select.POLLIN)\n"
                + "print(p.poll(1000))\n"
                + "print(repr(sys.stdin.readline()))\n"
                + "print(p.poll(1000))\n"
                + "print(repr(sys.stdin.readline()))\n", "line\n"));
    }

    @Test
    void stdinNotReadableUntilDataArrives() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed);
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(300);
                feed.write("late\n".getBytes(StandardCharsets.UTF_8));
                feed.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        String out = run("import select, sys\n"
            + "p = select.poll()\n"
            + "p.register(sys.stdin, select.POLLIN)\n"
            + "print(p.poll(0))\n"
            + "print(len(p.poll(5000)))\n"
            + "print(repr(sys.stdin.read()))\n", stdin, Map.of());
        writer.join();
        assertEquals("[]\n1\n'late\\n'\n", out);
    }

    @Test
    void asyncioStreamReaderOverStdin() {
        assertEquals("b'first\\n'\nb'second\\n'\nb''\n",
            run("import asyncio, sys\n"
                + "async def main():\n"
                + "    r = asyncio.StreamReader(sys.stdin)\n"
                + "    for _ in range(3):\n"
                + "        print(await r.readline())\n"
                + "asyncio.run(main())\n", "first\nsecond\n"));
    }
}

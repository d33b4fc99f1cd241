package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * async def / await / async with / async for, driven by hand with send() (no event loop): an async def is a
 * generator, await delegates to __await__() or the object's own iterator, and StopIteration's value is the result.
 */
class AsyncSyntaxTest {
    private static void check(String code, String expected) {
        assertEquals(expected + "[exit 0]", ScriptRunner.run(code));
    }

    private static final String DRIVE = "def drive(coro):\n"
        + "    try:\n"
        + "        while True:\n"
        + "            print('suspended with', coro.send(None))\n"
        + "    except StopIteration as e:\n"
        + "        return e.value\n";

    @Test
    void awaitDelegatesAndReturnsTheValue() {
        check(DRIVE
            + "class Ticket:\n"
            + "    def __await__(self):\n"
            + "        yield 'ticket'\n"
            + "        return 7\n"
            + "class Countdown:\n"
            + "    def __init__(self): self.n = 2\n"
            + "    def __iter__(self): return self\n"
            + "    def __next__(self):\n"
            + "        self.n -= 1\n"
            + "        if self.n < 0: raise StopIteration(99)\n"
            + "        return self.n\n"
            + "async def inner(x):\n"
            + "    return x * 2\n"
            + "async def outer():\n"
            + "    a = await Ticket()\n"
            + "    b = await Countdown()\n"
            + "    c = await inner(a)\n"
            + "    return a, b, c\n"
            + "c = outer()\n"
            + "print(type(c).__name__, hasattr(c, 'send'))\n"
            + "print(drive(c))\n",
            "generator True\n"
            + "suspended with ticket\n"
            + "suspended with 1\n"
            + "suspended with 0\n"
            + "(7, 99, 14)\n");
    }

    @Test
    void asyncWithAndAsyncFor() {
        check(DRIVE
            + "class Res:\n"
            + "    async def __aenter__(self):\n"
            + "        print('enter')\n"
            + "        return 'r'\n"
            + "    async def __aexit__(self, t, v, tb):\n"
            + "        print('exit', t.__name__ if t else None)\n"
            + "        return t is KeyError\n"
            + "class Count:\n"
            + "    def __init__(self, n): self.n = n\n"
            + "    def __aiter__(self): return self\n"
            + "    async def __anext__(self):\n"
            + "        if self.n == 0: raise StopAsyncIteration\n"
            + "        self.n -= 1\n"
            + "        return self.n\n"
            + "async def main():\n"
            + "    async with Res() as r:\n"
            + "        print('body', r)\n"
            + "    async with Res():\n"
            + "        raise KeyError(1)\n"
            + "    out = []\n"
            + "    async for i in Count(3):\n"
            + "        out.append(i)\n"
            + "    else:\n"
            + "        out.append('else')\n"
            + "    for k in range(3):\n"
            + "        async with Res():\n"
            + "            if k == 1:\n"
            + "                return out\n"
            + "print(drive(main()))\n",
            "enter\nbody r\nexit None\nenter\nexit KeyError\n"
            + "enter\nexit None\nenter\nexit None\n"
            + "[2, 1, 0, 'else']\n");
    }

    @Test
    void awaitOutsideAFunctionIsASyntaxErrorButAPlainDefMayAwait() {
        // as in MicroPython 1.27: await makes any def a generator; only module and class level refuse it
        check(DRIVE + "def plain():\n    return await inner()\nasync def inner():\n    return 5\nprint(drive(plain()))\n",
            "5\n");
        assertEquals("Traceback (most recent call last):\n"
            + "  File \"test.py\", line 2, in <module>\n"
            + "SyntaxError: 'await' outside function\n[exit 1]",
            ScriptRunner.run("print(1)\nawait g()\n"));
        assertEquals("Traceback (most recent call last):\n"
            + "  File \"test.py\", line 2, in g\n"
            + "SyntaxError: async for/with outside async function\n[exit 1]",
            ScriptRunner.run("def g():\n    async for a in b:\n        pass\n"));
    }
}

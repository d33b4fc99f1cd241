package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The frozen asyncio's loop: how tasks print, the default exception handler, errors raised out of run(). */
class AsyncioLoopTest {
    @Test
    void tasksPrintAsTheCTypes() {
        assertEquals("<Task> <TaskQueue> True\n[exit 0]", ScriptRunner.run("import asyncio\n"
            + "async def f():\n    pass\n"
            + "t = asyncio.create_task(f())\n"
            + "print(t, asyncio.core._task_queue, asyncio.core._task_queue.peek() is t)\n"));
    }

    @Test
    void defaultHandlerReportsAnUnretrievedException() {
        String out = ScriptRunner.run("import asyncio\n"
            + "async def bad():\n    raise ValueError('x')\n"
            + "async def main():\n"
            + "    asyncio.create_task(bad())\n"
            + "    for _ in range(3):\n        await asyncio.sleep(0)\n"
            + "asyncio.run(main())\n"
            + "print('end')\n");
        assertTrue(out.startsWith("Task exception wasn't retrieved\nfuture: <Task> coro= <generator object 'bad' at "),
            out);
        assertTrue(out.contains("  File \"test.py\", line 3, in bad\nValueError: x\n"), out);
        assertTrue(out.endsWith("end\n[exit 0]"), out);
    }

    @Test
    void theMainTasksExceptionLeavesRun() {
        String out = ScriptRunner.run("import asyncio\n"
            + "async def main():\n    await asyncio.sleep(0)\n    raise KeyError('k')\n"
            + "try:\n    asyncio.run(main())\nexcept KeyError as e:\n    print('caught', repr(e))\n"
            + "async def two():\n    return 2\n"
            + "print(asyncio.run(two()))\n");
        assertEquals("caught KeyError('k',)\n2\n[exit 0]", out);
    }
}

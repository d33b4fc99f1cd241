package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mpyjvm.language.runtime.ScheduledCallbacks;

/**
 * micropython.schedule: queued, at most 4, one callback per check point, never nested, errors printed and the
 * program going on (as recorded from the npm MicroPython 1.27; the unix port prints those tracebacks with plain
 * newlines where the wasm build's cooked stdout adds carriage returns).
 */
class ScheduleTest {
    private static void check(String code, String expected) {
        assertEquals(expected, ScriptRunner.run(code));
    }

    @Test
    void callbacksRunAtTheNextCheckPointNotInline() {
        check("import micropython\n"
            + "def cb(x):\n    print('cb', x)\n"
            + "micropython.schedule(cb, 1)\n"
            + "print('after')\n"
            + "for i in range(2):\n    print('loop', i)\n",
            "after\ncb 1\nloop 0\nloop 1\n[exit 0]");
    }

    @Test
    void oneCallbackPerCheckPointAndTheQueueHoldsFour() {
        check("import micropython\n"
            + "def cb(x):\n    print('cb', x)\n"
            + "n = 0\n"
            + "try:\n"
            + "    micropython.schedule(cb, 0); n += 1\n"
            + "    micropython.schedule(cb, 1); n += 1\n"
            + "    micropython.schedule(cb, 2); n += 1\n"
            + "    micropython.schedule(cb, 3); n += 1\n"
            + "    micropython.schedule(cb, 4); n += 1\n"
            + "except RuntimeError as e:\n"
            + "    print('RuntimeError', e, n)\n"
            + "print('x')\n"
            + "if n: print('if')\n"
            + "print('y')\n"
            + "while n < 6:\n    n += 1\n",
            "cb 0\nRuntimeError schedule queue full 4\ncb 1\nx\ncb 2\nif\ny\ncb 3\n[exit 0]");
        assertEquals(4, ScheduledCallbacks.DEPTH);
    }

    @Test
    void anExceptionInACallbackIsPrintedAndTheProgramGoesOn() {
        check("import micropython\n"
            + "def bad(v):\n    raise ValueError(v)\n"
            + "micropython.schedule(bad, 'boom')\n"
            + "micropython.schedule(1, 2)\n"
            + "for i in range(3): pass\n"
            + "print('still running')\n",
            "Traceback (most recent call last):\n  File \"test.py\", line 3, in bad\nValueError: boom\n"
            + "TypeError: 'int' object isn't callable\nstill running\n[exit 0]");
    }

    @Test
    void aCallbackIsNotInterruptedByTheOneItSchedules() {
        check("import micropython\n"
            + "def cb(a):\n"
            + "    print('cb', a)\n"
            + "    micropython.schedule(print, 'from cb')\n"
            + "    for i in range(2): print('cb loop', i)\n"
            + "micropython.schedule(cb, 1)\n"
            + "for i in range(2):\n    print('main', i)\n",
            "cb 1\ncb loop 0\ncb loop 1\nfrom cb\nmain 0\nmain 1\n[exit 0]");
    }

    @Test
    void whatIsStillQueuedRunsWhenTheProgramEnds() {
        check("import micropython\nmicropython.schedule(print, 'at end')\nprint('last')\n", "last\nat end\n[exit 0]");
    }

    @Test
    void hotLoopsKeepRunningCallbacksAfterCompilation() {
        // enough iterations for the loop to be compiled before and after the queue is used
        check("import micropython\n"
            + "hits = []\n"
            + "def cb(v):\n    hits.append(v)\n"
            + "t = 0\n"
            + "for i in range(300000):\n"
            + "    t += i & 7\n"
            + "    if i % 100000 == 0:\n"
            + "        micropython.schedule(cb, i)\n"
            + "print(t, hits)\n",
            "1050000 [0, 100000, 200000]\n[exit 0]");
    }
}

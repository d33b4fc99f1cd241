package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Importing the frozen asyncio package through sys.path's ".frozen" entry, as on the unix port: the names a frozen
 * module gets, lazy submodules, and sys.path order deciding whether frozen modules are found at all.
 */
class FrozenImportTest {
    private static void check(String code, String expected) {
        assertEquals(expected + "[exit 0]", ScriptRunner.run(code));
    }

    @Test
    void frozenPackageHasMicroPythonsFileAndPath() {
        check("import asyncio\n"
            + "print(asyncio.__file__, asyncio.__path__, asyncio.__name__)\n"
            + "print(asyncio.core.__file__, asyncio.core.__name__)\n"
            + "import sys\n"
            + "print(sorted(k for k in sys.modules if k.startswith('asyncio')))\n"
            + "asyncio.Event\n"
            + "print(sorted(k for k in sys.modules if k.startswith('asyncio')))\n",
            "asyncio/__init__.py .frozen/asyncio asyncio\n"
            + "asyncio/core.py asyncio.core\n"
            + "['asyncio', 'asyncio.core', 'asyncio.task']\n"
            + "['asyncio', 'asyncio.core', 'asyncio.event', 'asyncio.task']\n");
    }

    @Test
    void lazyAttributesAndAbsentNames() {
        check("import asyncio\n"
            + "print(asyncio.wait_for is asyncio.funcs.wait_for, hasattr(asyncio, 'Lock'))\n"
            + "print(hasattr(asyncio, 'open_connection'), hasattr(asyncio, 'start_server'))\n"
            + "from asyncio import gather, Event\n"
            + "print(gather.__name__, Event.__name__)\n"
            + "try:\n"
            + "    asyncio.start_server\n"
            + "except AttributeError as e:\n"
            + "    print(repr(e))\n",
            "True True\nFalse False\ngather Event\nAttributeError('start_server',)\n");
    }

    @Test
    void withoutTheFrozenEntryNothingFrozenIsFound() {
        check("import sys\n"
            + "sys.path.remove('.frozen')\n"
            + "try:\n"
            + "    import asyncio\n"
            + "except ImportError as e:\n"
            + "    print('ImportError', e)\n"
            + "sys.path.append('.frozen')\n"
            + "import asyncio\n"
            + "print(asyncio.__file__)\n",
            "ImportError no module named 'asyncio'\nasyncio/__init__.py\n");
    }
}

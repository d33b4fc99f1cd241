package org.mpyjvm.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/mpy}'s contract: streams, exit statuses, options and the sub-commands that exist. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void runsCodeGivenWithDashC() throws Exception {
        MpyCommand.Result r = MpyCommand.run(dir, "-q", "-c", "print(1+2)");
        assertEquals("3\n", r.stdout());
        assertEquals(0, r.status());
    }

    @Test
    void uncaughtErrorPrintsMicroPythonTracebackOnStdoutAndExitsOne() throws Exception {
        Files.writeString(dir.resolve("boom.py"), "def f():\n    return 1 // 0\n\nprint('before')\nf()\n");
        MpyCommand.Result r = MpyCommand.run(dir, "-q", "boom.py");
        assertEquals("before\nTraceback (most recent call last):\n  File \"boom.py\", line 5, in <module>\n"
                + "  File \"boom.py\", line 2, in f\nZeroDivisionError: divide by zero\n", r.stdout());
        assertEquals(1, r.status());
    }

    @Test
    void scriptArgumentsReachSysArgv() throws Exception {
        Files.writeString(dir.resolve("args.py"), "import sys\nprint(sys.argv)\n");
        MpyCommand.Result r = MpyCommand.run(dir, "-q", "args.py", "a", "b");
        assertEquals("['args.py', 'a', 'b']\n", r.stdout());
    }

    @Test
    void unknownBoardIsOneLineListingTheKnownOnes() throws Exception {
        MpyCommand.Result r = MpyCommand.run(dir, "--board", "nosuch:thing", "-c", "print(1)");
        assertEquals(2, r.status());
        assertEquals("", r.stdout());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertTrue(r.stderr().contains("zephyr:reel_board"), r.stderr());
    }

    @Test
    void boardsListsEveryPort() throws Exception {
        MpyCommand.Result r = MpyCommand.run(dir, "boards");
        assertEquals(0, r.status());
        for (String id : new String[] {"unix:standard", "zephyr:frdm_k64f", "mimxrt:MIMXRT1050_EVK", "rp2:RPI_PICO",
                "esp32:ESP32_GENERIC", "circuitpython:adafruit_qt2040_trinkey", "spark:spark_core"}) {
            assertTrue(r.stdout().contains(id), id + " missing in: " + r.stdout());
        }
    }

    @Test
    void romfsBuildWritesMpremotesBytesInBothOptionOrders() throws Exception {
        Path tree = MpyCommand.SHARED.resolve("fixtures/romfs-tree");
        byte[] expected;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Files.readAllBytes(MpyCommand.SHARED.resolve("fixtures/romfs-tree.img.gz"))))) {
            expected = in.readAllBytes();
        }
        MpyCommand.Result seedOrder = MpyCommand.run(dir, "-q", "romfs", "build", tree.toString(), "--output", "a.img");
        assertEquals(0, seedOrder.status(), seedOrder.stderr());
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve("a.img")));
        MpyCommand.Result upstreamOrder = MpyCommand.run(dir, "-q", "romfs", "--output", "b.img", "build",
                tree.toString());
        assertEquals(0, upstreamOrder.status(), upstreamOrder.stderr());
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve("b.img")));
    }

    @Test
    void subCommandHelpListsWhatExistsAndAMistakeIsOneLineWithStatusTwo() throws Exception {
        MpyCommand.Result help = MpyCommand.run(dir, "--help");
        for (String name : new String[] {"boards [check", "romfs build", "romfs query", "fs ls|cat|cp", "device info",
                "flash write", "image create"}) {
            assertTrue(help.stdout().contains(name), name + " missing in: " + help.stdout());
        }
        MpyCommand.Result imageHelp = MpyCommand.run(dir, "image", "--help");
        assertEquals(0, imageHelp.status());
        assertTrue(imageHelp.stdout().startsWith("usage: mpy image create --fs fat|lfs1|lfs2|romfs"), imageHelp.stdout());
        MpyCommand.Result mistake = MpyCommand.run(dir, "fs", "cp", "only-one");
        assertEquals(2, mistake.status());
        assertEquals("", mistake.stdout());
        assertEquals(1, mistake.stderr().lines().count(), mistake.stderr());
        assertTrue(mistake.stderr().startsWith("mpy: fs cp needs a source and a destination"), mistake.stderr());
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException, InterruptedException {
        MpyCommand.Result r = MpyCommand.run(dir, "--frobnicate");
        assertEquals(2, r.status());
        assertTrue(r.stderr().startsWith("mpy: unknown option '--frobnicate'"), r.stderr());
    }
}

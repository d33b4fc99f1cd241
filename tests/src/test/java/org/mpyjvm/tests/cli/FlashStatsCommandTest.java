package org.mpyjvm.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mpy flash stats}: erase counts of the board's NOR flash accumulate across runs of a persisted device. */
class FlashStatsCommandTest {
    private static final String BOARD = "zephyr:reel_board";
    private static final Pattern SUMMARY = Pattern.compile(
            "flash: 256 sectors of 4096 bytes, (\\d+) erases in total, max (\\d+), (\\d+) sectors erased\n");

    @TempDir
    Path dir;

    @Test
    void rewritingAFileTwiceRaisesTheCountsAndTheyAreKeptBetweenRuns() throws Exception {
        Files.writeString(dir.resolve("rewrite.py"), String.join("\n",
                "import os, vfs",
                "from zephyr import FlashArea",
                "if 'flash' not in os.listdir('/'):",
                "    bdev = FlashArea(FlashArea.STORAGE, 4096)",
                "    vfs.VfsLfs2.mkfs(bdev)",
                "    vfs.mount(bdev, '/flash')",
                "for i in range(12):",
                "    with open('/flash/data.txt', 'w') as f:",
                "        f.write('x' * 5000)",
                "print('ok')", ""));
        MpyCommand.Result before = stats();
        long[] zero = summary(before);
        assertEquals(0, zero[0], before.stdout());

        assertEquals("ok\n", MpyCommand.run(dir, "-q", "--board", BOARD, "--device", "dev", "rewrite.py").stdout());
        MpyCommand.Result first = stats();
        long[] one = summary(first);
        assertTrue(one[0] > 0 && one[1] > 0, first.stdout());
        assertTrue(Files.exists(dir.resolve("dev/flash.wear")));

        assertEquals("ok\n", MpyCommand.run(dir, "-q", "--board", BOARD, "--device", "dev", "rewrite.py").stdout());
        MpyCommand.Result second = stats();
        long[] two = summary(second);
        assertTrue(two[0] > one[0], "total must grow: " + first.stdout() + " then " + second.stdout());
        assertTrue(two[1] >= one[1], second.stdout());
        // The table: runs of equal counts with their address, and the untouched application area at 0.
        assertTrue(second.stdout().contains("\n  0-"), second.stdout());
        assertTrue(second.stdout().matches("(?s).*\n  \\d+(-\\d+)? +0x000f[0-9a-f]{4}  [1-9]\\d*\n.*"),
                second.stdout());
    }

    private MpyCommand.Result stats() throws Exception {
        MpyCommand.Result r = MpyCommand.run(dir, "-q", "--board", BOARD, "--device", "dev", "flash", "stats");
        assertEquals(0, r.status(), r.stdout() + r.stderr());
        return r;
    }

    /** {total, max, sectors erased} from the summary line. */
    private static long[] summary(MpyCommand.Result r) {
        Matcher m = SUMMARY.matcher(r.stdout());
        assertTrue(m.find(), r.stdout());
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }
}

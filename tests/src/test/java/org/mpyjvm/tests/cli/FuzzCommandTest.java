package org.mpyjvm.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code mpy fuzz}: the example scripts under {@code src/test/resources/fuzz}. {@code lfs_log.py} (littlefs on
 * strict NOR) survives a power cut at every write; {@code torn_pair.py} (two raw block copies without a commit
 * protocol) must be caught, with the seed and cut point that reproduce it.
 */
class FuzzCommandTest {
    private static final Path SCRIPTS = MpyCommand.ROOT.resolve("tests/src/test/resources/fuzz");
    private static final Pattern SUMMARY =
            Pattern.compile("fuzz: (\\d+) runs, (\\d+) cuts, (\\d+) failures, [0-9.]+ replays/s\n");

    private static Matcher summary(String stdout) {
        String last = stdout.substring(stdout.lastIndexOf("fuzz: "));
        Matcher m = SUMMARY.matcher(last);
        assertTrue(m.matches(), "summary line: " + stdout);
        return m;
    }

    @Test
    void littlefsWorkloadSurvivesACutAtEveryWrite() throws Exception {
        MpyCommand.Result r = MpyCommand.run(SCRIPTS, "fuzz", "lfs_log.py");
        assertEquals(0, r.status(), r.stdout() + r.stderr());
        Matcher m = summary(r.stdout());
        assertTrue(r.stdout().startsWith("fuzz: "), "only the summary on stdout: " + r.stdout());
        assertEquals("1", m.group(1));
        assertTrue(Integer.parseInt(m.group(2)) >= 20, "cut points: " + m.group(2));
        assertEquals("0", m.group(3));
        assertTrue(r.stderr().contains("32 x 512 B strict NOR flash"), r.stderr());
    }

    @Test
    void tornWritesAreReportedWithTheirReproduction() throws Exception {
        MpyCommand.Result r = MpyCommand.run(SCRIPTS, "fuzz", "torn_pair.py");
        assertEquals(1, r.status(), r.stdout() + r.stderr());
        Matcher m = summary(r.stdout());
        // 6 block writes, each cut atomically and partly: a cut between the two copies always shows
        assertEquals("12", m.group(2));
        assertEquals("9", m.group(3));
        assertTrue(r.stdout().contains("FAIL seed 1 cut 2 (atomic): check raised after the power cut"), r.stdout());
        assertTrue(r.stdout().contains("AssertionError: copies differ: 1 vs 255"), r.stdout());
        assertTrue(r.stdout().contains("reproduce: mpy --board unix:standard fuzz torn_pair.py --seed 1 --runs 1 "
                + "--power-cut 2"), r.stdout());

        MpyCommand.Result again = MpyCommand.run(SCRIPTS, "-q", "fuzz", "torn_pair.py", "--seed", "1", "--runs",
                "1", "--power-cut", "2");
        assertEquals(1, again.status());
        assertEquals("2", summary(again.stdout()).group(3));
        assertEquals("", again.stderr(), "--quiet silences the progress lines");
    }

    @Test
    void shardsSplitTheReplaysAndRandomCutsOnePerSeed() throws Exception {
        MpyCommand.Result half = MpyCommand.run(SCRIPTS, "-q", "fuzz", "torn_pair.py", "--shard", "1/2");
        assertEquals("6", summary(half.stdout()).group(2));
        MpyCommand.Result random = MpyCommand.run(SCRIPTS, "-q", "fuzz", "lfs_log.py", "--power-cut", "random",
                "--runs", "3", "--seed", "7");
        assertEquals(0, random.status(), random.stdout());
        Matcher m = summary(random.stdout());
        assertEquals("3", m.group(1));
        assertEquals("6", m.group(2));
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        MpyCommand.Result r = MpyCommand.run(SCRIPTS, "fuzz", "lfs_log.py", "--power-cut", "sometimes");
        assertEquals(2, r.status());
        assertTrue(r.stderr().contains("--power-cut takes every, random or a write-operation number"), r.stderr());
        MpyCommand.Result help = MpyCommand.run(SCRIPTS, "fuzz", "--help");
        assertEquals(0, help.status());
        assertTrue(help.stdout().contains("BLOCKS and BLOCK_SIZE"), help.stdout());
    }
}

package org.mpyjvm.stdlib.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code <medium>.wear} file: exact round trips, and anything that does not fit the chip is ignored. */
class WearFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void randomCountsRoundTrip(long seed) throws Exception {
        Random random = new Random(seed);
        long[] counts = new long[1 + random.nextInt(600)];
        for (int i = 0; i < counts.length; i++) {
            // Mostly runs of equal values, as real wear looks, with some noise.
            counts[i] = random.nextInt(4) == 0 ? random.nextInt(1000) : i > 0 ? counts[i - 1] : 0;
        }
        Path file = WearFile.of(dir, "flash");
        WearFile.write(file, counts);
        assertArrayEquals(counts, WearFile.read(file, counts.length));
    }

    @Test
    void runsGroupEqualNeighbours() {
        var runs = WearFile.runs(new long[] {0, 0, 3, 3, 3, 1});
        assertEquals(3, runs.size());
        assertArrayEquals(new int[] {2, 4}, runs.get(1));
        assertArrayEquals(new int[] {5, 5}, runs.get(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sectors 8\n0 8 1\n", "sectors 9\n", "sectors 8\n3 2 1\n", "sectors 8\n0 1 -1\n",
        "sectors 8\n0 x 1\n", "sectors 8\n0 1\n", "", "sectors 8\n-1 2 5\n", "sectors 8\n0 1 99999999999999999999\n"})
    void aFileThatDoesNotFitTheChipIsIgnored(String text) throws Exception {
        Path file = dir.resolve("bad.wear");
        Files.writeString(file, text);
        assertNull(WearFile.read(file, 8));
    }

    @Test
    void noFileMeansNoSavedWear() throws Exception {
        assertNull(WearFile.read(dir.resolve("none.wear"), 8));
    }
}

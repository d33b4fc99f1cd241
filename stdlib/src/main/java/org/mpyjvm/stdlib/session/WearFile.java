package org.mpyjvm.stdlib.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A NOR medium's erase counts kept next to its image ({@code <medium>.wear} in the device folder), so wear
 * accumulates across runs. Text, one line per run of equal counts: {@code FIRST LAST COUNT} (sectors inclusive),
 * after a header {@code sectors N}. A file that does not match the chip (other sector count, bad numbers) is
 * ignored: wear is a diagnostic, never a reason to refuse a device.
 */
public final class WearFile {
    private static final String HEADER = "sectors ";

    private WearFile() {
    }

    public static Path of(Path deviceFolder, String mediumId) {
        return deviceFolder.resolve(mediumId + ".wear");
    }

    /** The saved counts, or null when there is no file or it does not fit a chip of {@code sectors} sectors. */
    public static long[] read(Path file, int sectors) throws IOException {
        List<String> lines;
        try {
            if (Files.size(file) > 64L + 48L * sectors) {
                return null; // more than one line per sector: not a file this class wrote
            }
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER + sectors)) {
            return null;
        }
        long[] counts = new long[sectors];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split(" ");
            if (f.length != 3) {
                return null;
            }
            long first;
            long last;
            long count;
            try {
                first = Long.parseLong(f[0]);
                last = Long.parseLong(f[1]);
                count = Long.parseLong(f[2]);
            } catch (NumberFormatException e) {
                return null;
            }
            if (first < 0 || last < first || last >= sectors || count < 0) {
                return null;
            }
            for (long s = first; s <= last; s++) {
                counts[(int) s] = count;
            }
        }
        return counts;
    }

    public static void write(Path file, long[] counts) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append(counts.length).append('\n');
        for (int[] run : runs(counts)) {
            if (counts[run[0]] != 0) {
                text.append(run[0]).append(' ').append(run[1]).append(' ').append(counts[run[0]]).append('\n');
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.US_ASCII);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Runs of equal counts as {first, last} sector pairs (inclusive), in order. */
    public static List<int[]> runs(long[] counts) {
        List<int[]> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 1; i <= counts.length; i++) {
            if (i == counts.length || counts[i] != counts[start]) {
                out.add(new int[] {start, i - 1});
                start = i;
            }
        }
        return out;
    }
}

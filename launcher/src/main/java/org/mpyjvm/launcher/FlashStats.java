package org.mpyjvm.launcher;

import java.io.PrintStream;
import java.util.Map;
import org.mpyjvm.stdlib.session.Session;
import org.mpyjvm.stdlib.session.WearFile;

/**
 * {@code mpy flash stats}: the wear of every NOR medium of the device, from the erase counts kept in
 * {@code <medium>.wear} across runs. Per medium one summary line (sectors, total erases, max, how many sectors were
 * ever erased), then the sectors as runs of equal counts, so an 8 MiB chip prints a handful of lines.
 */
final class FlashStats {
    /** Above this many runs a medium's table is cut (a scattered wear pattern on a big chip). */
    private static final int MAX_ROWS = 64;

    private FlashStats() {
    }

    static void print(Session session, PrintStream out) {
        Map<String, long[]> all = session.eraseCounts();
        if (all.isEmpty()) {
            out.println(session.board().id() + " has no NOR flash with erase counts");
            return;
        }
        for (Map.Entry<String, long[]> e : all.entrySet()) {
            long[] counts = e.getValue();
            long total = 0;
            long max = 0;
            int worn = 0;
            for (long c : counts) {
                total += c;
                max = Math.max(max, c);
                worn += c > 0 ? 1 : 0;
            }
            int sector = session.eraseSectorSize(e.getKey());
            out.println(String.format("%s: %d sectors of %d bytes, %d erases in total, max %d, %d sectors erased",
                    e.getKey(), counts.length, sector, total, max, worn));
            int rows = 0;
            var runs = WearFile.runs(counts);
            for (int[] run : runs) {
                if (++rows > MAX_ROWS) {
                    out.println(String.format("  ... %d more runs", runs.size() - MAX_ROWS));
                    break;
                }
                String sectors = run[0] == run[1] ? String.valueOf(run[0]) : run[0] + "-" + run[1];
                out.println(String.format("  %-13s 0x%08x  %d", sectors, (long) run[0] * sector, counts[run[0]]));
            }
        }
    }
}

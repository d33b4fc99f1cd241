package org.mpyjvm.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.board.Region;
import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.runtime.StorageException;

/**
 * {@code flash write --alt N --address ADDR [--force] FILE}: a DFU loader (dfu-util {@code -a N -s ADDR -D FILE})
 * for boards that name their DFU alt settings ({@code dfu.alt.N = medium}; the Spark Core: 0 internal flash at its
 * CPU address, 1 the external SPI flash from address 0). Like DfuSe it erases every sector the file touches, then
 * programs it through the medium's NOR physics, then reads it back to verify. A range whose sectors touch a
 * protected region (keys, factory reset, OTA, bootloader, firmware) is refused unless {@code --force}.
 */
final class FlashWrite {
    private static final int CHUNK = 4096;

    private final Board board;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;

    FlashWrite(Board board, PrintStream out, PrintStream err, boolean quiet) {
        this.board = board;
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    /** The medium behind {@code alt} on this board; a usage error when the board has no such DFU setting. */
    static Medium medium(Board board, int alt) throws UsageException {
        String id = board.property("dfu.alt." + alt).orElse(null);
        if (id == null) {
            String alts = board.properties().keySet().stream().filter(k -> k.startsWith("dfu.alt."))
                    .map(k -> k.substring("dfu.alt.".length())).sorted().collect(Collectors.joining(", "));
            throw new UsageException(alts.isEmpty()
                    ? "board " + board.id() + " has no DFU loader; flash write is for boards with one (--board spark)"
                    : "board " + board.id() + " has DFU alt settings " + alts + ", not " + alt);
        }
        return board.medium(id).orElseThrow(() -> new UsageException("board " + board.id() + ": no medium " + id));
    }

    int write(Medium medium, MemoryRegion region, int alt, long address, byte[] data, boolean force)
            throws CommandFailure {
        long base = medium.mapped() && alt == 0 ? medium.mappedAt() : 0;
        long offset = address - base;
        String range = String.format("0x%08x..0x%08x", address, address + data.length - 1);
        if (offset < 0 || offset + data.length > medium.size() || data.length == 0) {
            throw new CommandFailure(String.format("%s is outside alt %d (%s, 0x%08x..0x%08x)", data.length == 0
                    ? "an empty file" : range, alt, medium.id(), base, base + medium.size() - 1));
        }
        long[] first = medium.eraseUnitAt(offset);
        long[] last = medium.eraseUnitAt(offset + data.length - 1);
        long eraseFrom = first == null ? offset : first[0];
        long eraseTo = last == null ? offset + data.length : last[0] + last[1];
        List<Region> touched = board.protectedRegionsTouched(medium.id(), eraseFrom, eraseTo - eraseFrom);
        if (!touched.isEmpty() && !force) {
            Region r = touched.get(0);
            throw new CommandFailure(String.format("refusing to write %s: its sectors overlap the %s region '%s' "
                    + "(0x%08x..0x%08x) of %s; add --force to write there anyway", range, r.use(), r.label(),
                    base + r.offset(), base + r.end() - 1, board.id()));
        }
        out.println(String.format("Opening DFU alt setting %d: %s (%s, %d bytes)", alt, medium.id(),
                medium.part() == null ? medium.kind() : medium.part(), medium.size()));
        try {
            out.println(String.format("Erasing 0x%08x..0x%08x", base + eraseFrom, base + eraseTo - 1));
            region.erase(eraseFrom, eraseTo - eraseFrom);
            out.println("Writing " + data.length + " bytes at " + String.format("0x%08x", address));
            out.flush();
            ProgressBar bar = new ProgressBar(err, quiet, "writing", data.length);
            for (int at = 0; at < data.length; at += CHUNK) {
                int n = Math.min(CHUNK, data.length - at);
                region.program(offset + at, data, at, n);
                bar.update(at + n);
            }
            bar.finish();
        } catch (StorageException e) {
            throw new CommandFailure("flash write failed: " + e.getMessage());
        }
        byte[] back = new byte[data.length];
        region.read(offset, back, 0, back.length);
        int mismatch = Arrays.mismatch(data, back);
        if (mismatch >= 0) {
            throw new CommandFailure(String.format("verification failed at 0x%08x", address + mismatch));
        }
        out.println("Verified " + data.length + " bytes: OK");
        return 0;
    }
}

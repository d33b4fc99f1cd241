package org.mpyjvm.launcher;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.BoardRegistry;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.board.Region;
import org.mpyjvm.ports.board.RomSegment;

/** {@code mpy boards}: every port and board with its media, regions and ROM segments. */
final class BoardsCommand {
    private BoardsCommand() {
    }

    static int run(GlobalOptions options, List<String> args, PrintStream out) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("'boards " + String.join(" ", args)
                    + "' is not available yet; 'mpy boards' lists the boards");
        }
        BoardRegistry registry = BoardChoice.registry(options);
        List<Board> boards = registry.all().stream().sorted(Comparator.comparing(Board::id)).toList();
        for (Board b : boards) {
            boolean isDefault = registry.defaultBoard(b.port()).id().equals(b.id());
            out.println(b.id() + (isDefault ? "  (default for " + b.port() + ")" : "") + ": " + b.name()
                    + ", " + b.mcu() + ", sys.platform '" + b.platform() + "'");
            for (Medium m : b.media()) {
                out.println("    medium " + m.id() + ": " + m.kind() + " " + size(m.size())
                        + (m.part() == null ? "" : " (" + m.part() + ")"));
            }
            for (Region r : b.regions()) {
                out.println(String.format("      %-10s %-9s %s 0x%08x..0x%08x (%s)", r.label(), r.use(),
                        r.medium(), r.offset(), r.end(), size(r.size())));
            }
            for (RomSegment s : b.romSegments()) {
                out.println(String.format("    ROM segment %d: %s 0x%08x, %s, rom_ioctl style %s", s.index(),
                        s.medium(), s.offset(), size(s.size()), s.style()));
            }
        }
        return 0;
    }

    static String size(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " B";
    }
}

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
        if (!args.isEmpty() && args.get(0).equals("check")) {
            return BoardsCheckCommand.run(options, args.subList(1, args.size()), out);
        }
        if (!args.isEmpty() && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
            out.println("usage: mpy boards                 every port and board with media, regions and ROM segments");
            out.println(BoardsCheckCommand.USAGE.replaceFirst("^usage: ", "       "));
            return 0;
        }
        if (!args.isEmpty()) {
            throw new UsageException("unknown boards command '" + args.get(0) + "'; 'mpy boards' lists the boards, "
                    + "'mpy boards check FILES...' checks a board profile");
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

package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Medium;

/** {@code mpy flash write|map}: the board's flash from the host (a DFU loader, and a picture of the flash map). */
final class FlashCommand {
    static final String USAGE = String.join("\n",
            "usage: mpy --board B [--device DIR] flash write --alt N --address ADDR [--force] FILE",
            "         dfu-util style loader (spark:spark_core: --alt 1 = external SPI flash, absolute addresses;",
            "         the reserved bottom 0x80000 is refused without --force); erases, writes, verifies",
            "       mpy --board B flash map --svg FILE   the board's flash map as an SVG picture",
            "       mpy [--board B] [--device DIR] flash stats   erase counts per sector of every NOR medium; they",
            "         accumulate across runs (kept in <medium>.wear in the device folder)");
    private static final String SHORT = "see 'mpy flash --help'";

    private FlashCommand() {
    }

    static int run(GlobalOptions options, List<String> args, PrintStream out, PrintStream err, StderrNotes notes)
            throws UsageException, CommandFailure {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        CommandArgs a = CommandArgs.parse(args, Set.of("--alt", "-a", "--address", "-s", "--svg"), Set.of("--force"),
                SHORT);
        if (a.words.isEmpty()) {
            throw a.misuse("flash needs a command: write, map or stats");
        }
        switch (a.words.get(0)) {
            case "write":
                return write(options, a, out, err, notes);
            case "map": {
                a.exactly(1);
                Board board = BoardChoice.choose(options, null, notes);
                String svg = a.required("--svg");
                try {
                    Files.writeString(Paths.get(svg), new FlashMapSvg(board).render());
                } catch (IOException e) {
                    throw new CommandFailure("flash map: " + e.getMessage());
                }
                notes.note("wrote the flash map of " + board.id() + " to " + svg);
                return 0;
            }
            case "stats": {
                a.exactly(1);
                try (BoardSession session = BoardSession.open(options, out, err, notes)) {
                    FlashStats.print(session.session, out);
                    out.flush();
                }
                return 0;
            }
            default:
                throw new UsageException("flash: unknown command '" + a.words.get(0) + "'; " + SHORT);
        }
    }

    private static int write(GlobalOptions options, CommandArgs a, PrintStream out, PrintStream err,
                             StderrNotes notes) throws UsageException, CommandFailure {
        String file = a.exactly(2).get(1);
        String altText = a.has("--alt") ? a.value("--alt") : a.value("-a");
        String addressText = a.has("--address") ? a.value("--address") : a.value("-s");
        if (altText == null || addressText == null) {
            throw a.misuse("flash write needs --alt N and --address ADDR");
        }
        int alt = (int) ByteSize.parse(altText, "--alt");
        long address = ByteSize.parse(addressText, "--address");
        Board board = BoardChoice.choose(options, null, notes);
        Medium medium = FlashWrite.medium(board, alt);
        byte[] data;
        try {
            data = Files.readAllBytes(Paths.get(file));
        } catch (NoSuchFileException e) {
            throw new UsageException("flash write: no file '" + file + "'");
        } catch (IOException e) {
            throw new CommandFailure("flash write: " + e.getMessage());
        }
        try (BoardSession session = BoardSession.open(options, out, err, notes)) {
            return new FlashWrite(board, out, err, options.quiet).write(medium, session.session.medium(medium.id()),
                    alt, address, data, a.has("--force"));
        }
    }
}

package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.UnknownBoardException;
import org.mpyjvm.ports.check.BoardProfileCheck;
import org.mpyjvm.ports.check.Finding;

/**
 * {@code mpy [--board B] boards check FILES...}: the ports' board-profile check over seed-style configuration files
 * ({@code mpconfigboard.h}, a linker script, an ESP-IDF partition CSV). Findings go to stdout as
 * {@code file:line: error: message} followed by the offending line; exit 1 when any finding is an error. With
 * {@code --board}, ROM ranges are also checked against that board's flash map.
 */
final class BoardsCheckCommand {
    static final String USAGE = "usage: mpy [--board PORT:BOARD] boards check FILES...   (mpconfigboard.h, *.ld, "
            + "partitions*.csv; exit 1 when an error is found)";

    private BoardsCheckCommand() {
    }

    static int run(GlobalOptions options, List<String> files, PrintStream out) throws UsageException {
        if (files.isEmpty()) {
            throw new UsageException("boards check needs the files to check; " + USAGE);
        }
        if (files.contains("--help") || files.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        Board board = null;
        if (options.board != null) {
            try {
                board = BoardChoice.registry(options).lookup(options.board);
            } catch (UnknownBoardException e) {
                throw new UsageException(e.getMessage());
            }
        }
        List<BoardProfileCheck.Source> sources = new ArrayList<>();
        for (String f : files) {
            try {
                sources.add(new BoardProfileCheck.Source(f, Files.readString(Paths.get(f), StandardCharsets.UTF_8)));
            } catch (NoSuchFileException e) {
                throw new UsageException("boards check: no file '" + f + "'");
            } catch (IOException e) {
                throw new UsageException("boards check: cannot read '" + f + "': " + e.getMessage());
            }
        }
        List<Finding> findings = new BoardProfileCheck(board).check(sources);
        findings.forEach(out::println);
        long errors = findings.stream().filter(x -> x.severity() == Finding.Severity.ERROR).count();
        long warnings = findings.size() - errors;
        out.println((board == null ? "" : board.id() + ": ") + errors + " error" + (errors == 1 ? "" : "s") + ", "
                + warnings + " warning" + (warnings == 1 ? "" : "s") + " in " + files.size() + " file"
                + (files.size() == 1 ? "" : "s"));
        return BoardProfileCheck.clean(findings) ? 0 : 1;
    }
}

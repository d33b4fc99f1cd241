package org.mpyjvm.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.BoardFileException;
import org.mpyjvm.ports.board.BoardRegistry;
import org.mpyjvm.ports.board.UnknownBoardException;
import org.mpyjvm.ports.device.Device;

/**
 * Which simulated board a run uses: {@code --board}, else the board an existing {@code --device} folder was made
 * for, else the board a script's imports select (BOARDS.md's inference table, announced on stderr), else the unix
 * board (silently).
 */
final class BoardChoice {
    private static final Pattern IMPORT = Pattern.compile(
            "^[ \\t]*(?:import[ \\t]+([A-Za-z_][A-Za-z_0-9]*)|from[ \\t]+([A-Za-z_][A-Za-z_0-9]*)[ \\t.]+import)",
            Pattern.MULTILINE);
    private static final Pattern OWNER = Pattern.compile("\"board\"\\s*:\\s*\"([^\"]+)\"");

    private BoardChoice() {
    }

    static BoardRegistry registry(GlobalOptions options) throws UsageException {
        BoardRegistry registry = BoardRegistry.builtIn();
        if (options.boardFile != null) {
            try {
                registry.addFile(Paths.get(options.boardFile));
            } catch (IOException e) {
                throw new UsageException("cannot read board file " + options.boardFile + ": " + e.getMessage());
            } catch (BoardFileException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return registry;
    }

    /** Resolves the board for a run; {@code code} is the script's text (null for the REPL). */
    static Board choose(GlobalOptions options, String code, StderrNotes notes) throws UsageException {
        BoardRegistry registry = registry(options);
        if (options.board != null) {
            try {
                return registry.lookup(options.board);
            } catch (UnknownBoardException e) {
                throw new UsageException(e.getMessage());
            }
        }
        String owner = deviceBoard(options.device);
        if (owner != null) {
            try {
                return registry.lookup(owner);
            } catch (UnknownBoardException e) {
                throw new UsageException("device folder " + options.device + " belongs to board '" + owner
                        + "', which this build does not know (--board-file FILE adds a board)");
            }
        }
        if (code != null) {
            Optional<Map.Entry<Board, String>> inferred = registry.infer(importedModules(code));
            if (inferred.isPresent()) {
                Board board = inferred.get().getKey();
                notes.note("board " + board.id() + " chosen because the script imports '" + inferred.get().getValue()
                        + "' (use --board PORT:BOARD to pick another)");
                return board;
            }
        }
        return registry.fallbackBoard();
    }

    /** The board a device folder was made for ({@code "board"} in its board.json), or null. */
    static String deviceBoard(String device) {
        if (device == null) {
            return null;
        }
        try {
            Matcher m = OWNER.matcher(Files.readString(Paths.get(device, Device.STATE_FILE), StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            return null;
        }
    }

    static Set<String> importedModules(String code) {
        Set<String> modules = new LinkedHashSet<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            modules.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return modules;
    }

    /** MicroPython's banner, naming mpy-jvm and the simulated board. */
    static String banner(Board board) {
        String where = board.port().equals("unix") || board.port().equals("webassembly")
                ? board.machine() : board.name() + " with " + board.mcu();
        return "MicroPython v" + board.version() + " (mpy-jvm " + Main.VERSION + ") on simulated hardware; " + where;
    }
}

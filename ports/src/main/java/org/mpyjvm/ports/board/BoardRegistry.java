package org.mpyjvm.ports.board;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All known boards: the built-in ones (resources listed in {@code boards/index.txt}) plus any added from user
 * board files. Ports match exactly (lowercase), board names case-insensitively; a bare port selects its default.
 */
public final class BoardRegistry {
    private static final String FOLDER = "/org/mpyjvm/ports/boards/";

    /** One row of the import-inference table. */
    public record InferenceRule(String target, List<String> modules) {
    }

    private final Map<String, Board> boards = new LinkedHashMap<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final List<InferenceRule> inference = new ArrayList<>();
    private String fallback = "unix:standard";

    private BoardRegistry() {
    }

    /** The built-in boards of BOARDS.md. */
    public static BoardRegistry builtIn() {
        BoardRegistry r = new BoardRegistry();
        BoardFileParser parser = new BoardFileParser(BoardRegistry::resource);
        String index = resource("index.txt");
        if (index == null) {
            throw new IllegalStateException("boards/index.txt missing from the class path");
        }
        String[] lines = index.split("\r?\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] w = line.split("\\s+");
            switch (w[0]) {
                case "file" -> {
                    String text = resource(w[1]);
                    if (text == null) {
                        throw new IllegalStateException("board file " + w[1] + " missing");
                    }
                    parser.parse(text, w[1]).forEach(r::add);
                }
                case "default" -> r.defaults.put(w[1], w[2]);
                case "infer" -> r.inference.add(new InferenceRule(w[1], List.of(w).subList(2, w.length)));
                case "fallback" -> r.fallback = w[1];
                default -> throw new IllegalStateException("index.txt:" + (n + 1) + ": unknown line " + w[0]);
            }
        }
        return r;
    }

    /**
     * Adds the boards of a user board file ({@code --board-file}); a partition CSV it names is read relative to
     * it. A board with {@code default = yes} becomes its port's default; so does the first board of a new port.
     * Returns the boards added (they replace built-in boards of the same id).
     */
    public List<Board> addFile(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        BoardFileParser parser = new BoardFileParser(name -> {
            try {
                return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        });
        List<Board> added = parser.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        for (Board b : added) {
            add(b);
            if (b.property("default").map(v -> v.equals("yes") || v.equals("true")).orElse(false)
                    || !defaults.containsKey(b.port())) {
                defaults.put(b.port(), b.board());
            }
        }
        return added;
    }

    private void add(Board b) {
        boards.remove(key(b.port(), b.board()));
        boards.put(key(b.port(), b.board()), b);
    }

    private static String key(String port, String board) {
        return port + ":" + board.toLowerCase();
    }

    /** {@code PORT:BOARD} or a bare {@code PORT}; unknown → {@link UnknownBoardException}. */
    public Board lookup(String spec) {
        String s = spec.strip();
        int colon = s.indexOf(':');
        Board b;
        if (colon < 0) {
            String board = defaults.get(s);
            b = board == null ? null : boards.get(key(s, board));
        } else {
            b = boards.get(key(s.substring(0, colon), s.substring(colon + 1)));
        }
        if (b == null) {
            throw new UnknownBoardException("unknown board '" + spec + "'; known boards: "
                    + String.join(", ", boards.values().stream().map(Board::id).toList()));
        }
        return b;
    }

    public Collection<Board> all() {
        return List.copyOf(boards.values());
    }

    public Set<String> ports() {
        return Set.copyOf(defaults.keySet());
    }

    public Board defaultBoard(String port) {
        return lookup(port);
    }

    public List<InferenceRule> inferenceRules() {
        return List.copyOf(inference);
    }

    /**
     * The board a script's top-level imports select (BOARDS.md 8.2), with the trigger module; empty when no
     * rule matches (then the caller uses {@link #fallbackBoard()} and says nothing).
     */
    public Optional<Map.Entry<Board, String>> infer(Collection<String> importedModules) {
        for (InferenceRule rule : inference) {
            for (String m : rule.modules()) {
                if (importedModules.contains(m)) {
                    return Optional.of(Map.entry(lookup(rule.target()), m));
                }
            }
        }
        return Optional.empty();
    }

    public Board fallbackBoard() {
        return lookup(fallback);
    }

    private static String resource(String name) {
        try (InputStream in = BoardRegistry.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.mpyjvm.ports.device;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code board.json}: a flat JSON object of string values ({@code {"board": "zephyr:reel_board", ...}}). Only
 * that subset of JSON is written and accepted, so no JSON library is needed.
 */
final class DeviceStateFile {
    private DeviceStateFile() {
    }

    static void write(Path file, Map<String, String> state) throws IOException {
        StringBuilder out = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, String> e : state.entrySet()) {
            out.append("  ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
            out.append(++i < state.size() ? ",\n" : "\n");
        }
        out.append("}\n");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, out, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static Map<String, String> read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, String> out = new LinkedHashMap<>();
        int[] at = {skip(s, 0)};
        expect(s, at, '{', file);
        if (peek(s, at) == '}') {
            at[0]++;
            return out;
        }
        while (true) {
            String key = string(s, at, file);
            expect(s, at, ':', file);
            out.put(key, string(s, at, file));
            char c = peek(s, at);
            at[0]++;
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw new IOException(file + ": expected ',' or '}' at " + (at[0] - 1));
            }
        }
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String string(String s, int[] at, Path file) throws IOException {
        expect(s, at, '"', file);
        StringBuilder b = new StringBuilder();
        int i = at[0];
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c == '\\' && i < s.length()) {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw new IOException(file + ": bad \\u escape");
                        }
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        if (i >= s.length()) {
            throw new IOException(file + ": unterminated string");
        }
        at[0] = skip(s, i + 1);
        return b.toString();
    }

    private static void expect(String s, int[] at, char c, Path file) throws IOException {
        if (peek(s, at) != c) {
            throw new IOException(file + ": expected '" + c + "' at " + at[0] + " (a flat object of strings)");
        }
        at[0] = skip(s, at[0] + 1);
    }

    private static char peek(String s, int[] at) {
        at[0] = skip(s, at[0]);
        return at[0] < s.length() ? s.charAt(at[0]) : 0;
    }

    private static int skip(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}

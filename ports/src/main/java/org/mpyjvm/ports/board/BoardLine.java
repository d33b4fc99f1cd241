package org.mpyjvm.ports.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record line of a board file, {@code keyword word k=v k="v with spaces" flag ...}, split into its
 * keyword, bare words and attributes; number parsing knows {@code 0x} and the K/M/G suffixes of BOARDS.md.
 */
final class BoardLine {
    private final String where;
    final String keyword;
    final List<String> words = new ArrayList<>();
    final Map<String, String> attrs = new LinkedHashMap<>();

    BoardLine(String text, String where) {
        this.where = where;
        List<String> tokens = tokens(text);
        keyword = tokens.get(0);
        for (String t : tokens.subList(1, tokens.size())) {
            int eq = t.indexOf('=');
            if (eq > 0) {
                attrs.put(t.substring(0, eq), unquote(t.substring(eq + 1)));
            } else {
                words.add(unquote(t));
            }
        }
    }

    String where() {
        return where;
    }

    String text(String key) {
        String v = attrs.get(key);
        if (v == null) {
            throw error("missing " + key + "=");
        }
        return v;
    }

    String text(String key, String fallback) {
        return attrs.getOrDefault(key, fallback);
    }

    long number(String key) {
        return parseNumber(text(key), where);
    }

    long number(String key, long fallback) {
        return attrs.containsKey(key) ? parseNumber(attrs.get(key), where) : fallback;
    }

    boolean flag(String name) {
        return words.contains(name);
    }

    BoardFileException error(String message) {
        return new BoardFileException(where + ": " + message);
    }

    /** {@code 4096}, {@code 0x1000}, {@code 4K}, {@code 1M}, {@code 4G}, {@code -22}. */
    static long parseNumber(String s, String where) {
        try {
            String t = s.trim();
            boolean negative = t.startsWith("-");
            if (negative) {
                t = t.substring(1);
            }
            long scale = 1;
            char last = Character.toUpperCase(t.charAt(t.length() - 1));
            if (last == 'K' || last == 'M' || last == 'G') {
                scale = last == 'K' ? 1L << 10 : last == 'M' ? 1L << 20 : 1L << 30;
                t = t.substring(0, t.length() - 1);
            }
            long v;
            if (t.startsWith("0x") || t.startsWith("0X")) {
                v = Long.parseLong(t.substring(2), 16);
            } else if (t.contains(".")) {
                v = Math.round(Double.parseDouble(t) * scale);
                scale = 1;
            } else {
                v = Long.parseLong(t);
            }
            v = Math.multiplyExact(v, scale);
            return negative ? -v : v;
        } catch (RuntimeException e) {
            throw new BoardFileException(where + ": bad number '" + s + "'");
        }
    }

    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                cur.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new BoardFileException(where + ": unclosed quote");
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}

package org.mpyjvm.ports.check;

import java.util.function.Function;

/**
 * Evaluates the integer expressions of board configuration files: C {@code #define} values such as
 * {@code (128 * 1024)} or {@code (MICROPY_HW_ROMFS_BYTES > 0)}, and linker-script expressions such as
 * {@code 1M - 36K - 320K} or {@code ORIGIN(FLASH_ROMFS) + LENGTH(FLASH_ROMFS)}. Identifiers and
 * {@code NAME(arg)} calls are resolved by the caller; an unknown name makes the whole value unknown (null).
 */
final class ConfigExpression {
    private final String text;
    private final Function<String, Long> names;
    private int at;

    private ConfigExpression(String text, Function<String, Long> names) {
        this.text = text;
        this.names = names;
    }

    /** The value, or null when the text is not an expression this evaluator knows or names are unknown. */
    static Long evaluate(String text, Function<String, Long> names) {
        ConfigExpression e = new ConfigExpression(text, names);
        try {
            Long v = e.comparison();
            e.skip();
            return e.at == e.text.length() ? v : null;
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private Long comparison() {
        Long left = shift();
        skip();
        for (String op : new String[] {">=", "<=", "==", "!=", ">", "<"}) {
            if (text.startsWith(op, at) && !text.startsWith(">>", at) && !text.startsWith("<<", at)) {
                at += op.length();
                Long right = shift();
                if (left == null || right == null) {
                    return null;
                }
                boolean r = switch (op) {
                    case ">=" -> left >= right;
                    case "<=" -> left <= right;
                    case "==" -> left.longValue() == right.longValue();
                    case "!=" -> left.longValue() != right.longValue();
                    case ">" -> left > right;
                    default -> left < right;
                };
                return r ? 1L : 0L;
            }
        }
        return left;
    }

    private Long shift() {
        Long v = sum();
        while (true) {
            skip();
            if (text.startsWith("<<", at) || text.startsWith(">>", at)) {
                boolean leftShift = text.charAt(at) == '<';
                at += 2;
                Long r = sum();
                v = v == null || r == null ? null : leftShift ? v << r : v >> r;
            } else {
                return v;
            }
        }
    }

    private Long sum() {
        Long v = product();
        while (true) {
            skip();
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                char op = text.charAt(at++);
                Long r = product();
                v = v == null || r == null ? null : op == '+' ? v + r : v - r;
            } else {
                return v;
            }
        }
    }

    private Long product() {
        Long v = unary();
        while (true) {
            skip();
            if (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '/')) {
                char op = text.charAt(at++);
                Long r = unary();
                v = v == null || r == null ? null : op == '*' ? v * r : v / r;
            } else {
                return v;
            }
        }
    }

    private Long unary() {
        skip();
        char c = text.charAt(at);
        if (c == '-') {
            at++;
            Long v = unary();
            return v == null ? null : -v;
        }
        if (c == '(') {
            at++;
            Long v = comparison();
            skip();
            expect(')');
            return v;
        }
        if (Character.isDigit(c)) {
            return number();
        }
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException("unexpected " + c);
        }
        String name = text.substring(start, at);
        skip();
        if (at < text.length() && text.charAt(at) == '(') {
            at++;
            skip();
            int argStart = at;
            while (at < text.length() && text.charAt(at) != ')') {
                at++;
            }
            String arg = text.substring(argStart, at).strip();
            expect(')');
            return names.apply(name + "(" + arg + ")");
        }
        return names.apply(name);
    }

    private long number() {
        int start = at;
        long v;
        if (text.startsWith("0x", at) || text.startsWith("0X", at)) {
            at += 2;
            while (at < text.length() && Character.digit(text.charAt(at), 16) >= 0) {
                at++;
            }
            v = Long.parseLong(text.substring(start + 2, at), 16);
        } else {
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            v = Long.parseLong(text.substring(start, at));
        }
        if (at < text.length() && (text.charAt(at) == 'K' || text.charAt(at) == 'M')) {
            v *= text.charAt(at++) == 'K' ? 1024 : 1024 * 1024;
        }
        while (at < text.length() && "uUlL".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return v;
    }

    private void expect(char c) {
        if (at >= text.length() || text.charAt(at) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        at++;
    }

    private void skip() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}

package org.mpyjvm.language.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes string tokens: prefixes (r, b, f and combinations), quotes, escapes; and splits f-string bodies into
 * literal text and replacement fields.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** A string token taken apart. */
    record Literal(boolean raw, boolean bytes, boolean formatted, String body) {
    }

    /** An f-string piece: literal text, or a field with expression source, conversion, '=' flag and spec. */
    record Piece(String text, String expression, char conversion, boolean debug, String spec) {
        boolean isField() {
            return expression != null;
        }
    }

    static Literal split(String token) {
        int i = 0;
        boolean raw = false;
        boolean bytes = false;
        boolean formatted = false;
        while (i < token.length() && token.charAt(i) != '\'' && token.charAt(i) != '"') {
            char c = Character.toLowerCase(token.charAt(i));
            raw |= c == 'r';
            bytes |= c == 'b';
            formatted |= c == 'f';
            i++;
        }
        String quoted = token.substring(i);
        int q = quoted.startsWith("'''") || quoted.startsWith("\"\"\"") ? 3 : 1;
        return new Literal(raw, bytes, formatted, quoted.substring(q, quoted.length() - q));
    }

    /** Decodes escapes of a str literal body (not raw). */
    static String decode(String body, int line) {
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case 'x' -> {
                    sb.appendCodePoint(hex(body, i + 1, 2, line));
                    i += 2;
                }
                case 'u' -> {
                    sb.appendCodePoint(hex(body, i + 1, 4, line));
                    i += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(hex(body, i + 1, 8, line));
                    i += 8;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = 0;
                        int n = 0;
                        while (n < 3 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                            v = v * 8 + body.charAt(i++) - '0';
                            n++;
                        }
                        i--;
                        sb.appendCodePoint(v);
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int hex(String s, int from, int digits, int line) {
        if (from + digits > s.length()) {
            throw ParseError.syntax(line, "invalid escape");
        }
        try {
            return Integer.parseInt(s.substring(from, from + digits), 16);
        } catch (NumberFormatException e) {
            throw ParseError.syntax(line, "invalid escape");
        }
    }

    /** Bytes literal: escapes decoded, every character must be < 256. */
    static byte[] decodeBytes(String body, boolean raw, int line) {
        String text = raw ? body : decode(body, line);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 255) {
                throw ParseError.syntax(line, "bytes can only contain ASCII literal characters");
            }
            out.write(c);
        }
        return out.toByteArray();
    }

    /** Splits an f-string body into pieces; literal text is still undecoded (escapes handled by the caller). */
    static List<Piece> splitFormatted(String body, int line) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                text.append('{');
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < body.length() && body.charAt(i + 1) == '}') {
                text.append('}');
                i += 2;
                continue;
            }
            if (c == '}') {
                throw ParseError.syntax(line, "invalid syntax");
            }
            if (c != '{') {
                text.append(c);
                i++;
                continue;
            }
            if (text.length() > 0) {
                pieces.add(new Piece(text.toString(), null, (char) 0, false, null));
                text.setLength(0);
            }
            int start = ++i;
            int depth = 0;
            char quote = 0;
            while (i < body.length()) {
                char d = body.charAt(i);
                if (quote != 0) {
                    if (d == quote) {
                        quote = 0;
                    }
                } else if (d == '\'' || d == '"') {
                    quote = d;
                } else if (d == '(' || d == '[' || d == '{') {
                    depth++;
                } else if (d == ')' || d == ']' || d == '}') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (depth == 0 && (d == '!' && i + 1 < body.length() && body.charAt(i + 1) != '='
                    || d == ':')) {
                    break;
                } else if (depth == 0 && d == '=' && i + 1 < body.length() && "!:}".indexOf(body.charAt(i + 1)) >= 0
                    && "=!<>".indexOf(body.charAt(i - 1)) < 0) {
                    break;
                }
                i++;
            }
            if (i >= body.length()) {
                throw ParseError.syntax(line, "invalid syntax");
            }
            String expression = body.substring(start, i);
            boolean debug = false;
            if (body.charAt(i) == '=') {
                debug = true;
                i++;
            }
            char conversion = 0;
            if (body.charAt(i) == '!') {
                conversion = body.charAt(i + 1);
                i += 2;
            }
            String spec = null;
            if (body.charAt(i) == ':') {
                int specStart = ++i;
                int nest = 0;
                while (i < body.length() && (body.charAt(i) != '}' || nest > 0)) {
                    if (body.charAt(i) == '{') {
                        nest++;
                    } else if (body.charAt(i) == '}') {
                        nest--;
                    }
                    i++;
                }
                spec = body.substring(specStart, i);
            }
            if (i >= body.length() || body.charAt(i) != '}') {
                throw ParseError.syntax(line, "invalid syntax");
            }
            i++;
            if (debug) {
                pieces.add(new Piece(expression + "=", null, (char) 0, false, null));
                if (conversion == 0 && spec == null) {
                    conversion = 'r';
                }
            }
            pieces.add(new Piece(null, expression, conversion, debug, spec));
        }
        if (text.length() > 0) {
            pieces.add(new Piece(text.toString(), null, (char) 0, false, null));
        }
        return pieces;
    }
}

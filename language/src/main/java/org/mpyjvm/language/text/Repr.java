package org.mpyjvm.language.text;

/**
 * {@code repr()} of str and bytes as MicroPython prints them (py/objstrunicode.c uni_print_quoted and
 * py/objstr.c mp_str_print_quoted). The quote is {@code "} only when the text holds a {@code '} and no
 * {@code "}. In a str every code point outside 0x20..0x7e is escaped — {@code \n \r \t}, else
 * {@code \xHH}, {@code \\uHHHH} or {@code \UHHHHHHHH} by size — so unlike CPython {@code repr('é')} is
 * {@code '\xe9'}. In bytes every byte outside 0x20..0x7e is {@code \n \r \t} or {@code \xHH}.
 */
public final class Repr {
    private Repr() {
    }

    /** repr(str). */
    public static String str(String s) {
        char quote = quoteFor(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (cp >= 0x20 && cp < 0x7f) {
                out.append((char) cp);
            } else if (!appendControl(out, cp)) {
                if (cp < 0x100) {
                    out.append(String.format("\\x%02x", cp));
                } else if (cp < 0x10000) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.append(String.format("\\U%08x", cp));
                }
            }
        });
        return out.append(quote).toString();
    }

    /** repr(bytes), with the leading {@code b}; bytearray wraps this as {@code bytearray(b'...')}. */
    public static String bytes(byte[] b) {
        return "b" + quotedBytes(b, 0, b.length);
    }

    /** The quoted body MicroPython prints for raw bytes (also used in some error messages). */
    public static String quotedBytes(byte[] b, int from, int to) {
        boolean single = false;
        boolean dbl = false;
        for (int i = from; i < to; i++) {
            single |= b[i] == '\'';
            dbl |= b[i] == '"';
        }
        char quote = quoteFor(single, dbl);
        StringBuilder out = new StringBuilder(to - from + 2).append(quote);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else if (!appendControl(out, c)) {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.append(quote).toString();
    }

    private static char quoteFor(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    private static boolean appendControl(StringBuilder out, int c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                return false;
            }
        }
        return true;
    }
}

package org.mpyjvm.language.text;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 as MicroPython's str uses it: text is kept as UTF-8 bytes and indices count code points.
 * Decoding checks structure only (a lead byte followed by the right number of continuation bytes), as
 * py/unicode.c utf8_check does, so overlong forms and surrogates pass: {@code b'\xc0\x80'.decode()} is
 * {@code '\x00'}. A code point above U+10FFFF (which MicroPython accepts from F4 90..) cannot live in a
 * Java String and is a UnicodeError here.
 */
public final class Utf8 {
    private Utf8() {
    }

    public static byte[] encode(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** bytes.decode() / str(b, 'utf-8'): UnicodeError (no message) on malformed input. */
    public static String decode(byte[] b, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = b[i++] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                continue;
            }
            int more;
            int cp;
            if (c >= 0xF0 && c < 0xF8) {
                more = 3;
                cp = c & 0x07;
            } else if (c >= 0xE0) {
                more = c < 0xF0 ? 2 : -1;
                cp = c & 0x0F;
            } else if (c >= 0xC0) {
                more = 1;
                cp = c & 0x1F;
            } else {
                more = -1;
                cp = 0;
            }
            if (more < 0 || i + more > to) {
                throw TextErrors.unicodeError();
            }
            for (int k = 0; k < more; k++) {
                int cont = b[i++] & 0xFF;
                if ((cont & 0xC0) != 0x80) {
                    throw TextErrors.unicodeError();
                }
                cp = (cp << 6) | (cont & 0x3F);
            }
            if (cp > Character.MAX_CODE_POINT) {
                throw TextErrors.unicodeError();
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    public static String decode(byte[] b) {
        return decode(b, 0, b.length);
    }

    /** Number of code points in {@code b[from..to)} (counting lead bytes). */
    public static int charCount(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /** The byte offset of code point {@code index} (0..charCount) in well-formed UTF-8. */
    public static int offsetOf(byte[] b, int index) {
        int i = 0;
        for (int seen = 0; i < b.length; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                if (seen == index) {
                    return i;
                }
                seen++;
            }
        }
        return i;
    }

    /** Whether every byte is ASCII, in which case byte offsets are code point indices. */
    public static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }
}

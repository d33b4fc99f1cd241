package org.mpyjvm.language.format;

import java.nio.charset.StandardCharsets;

/**
 * Field padding as MicroPython's mp_print_strn does it: widths count UTF-8 bytes (so 'é' takes two
 * columns), centring puts the odd column on the right, and '=' pads between a sign/prefix and digits.
 */
final class Padding {
    private Padding() {
    }

    static int byteLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Pads {@code prefix + body} to {@code width}; '=' puts the fill between them. */
    static String pad(String prefix, String body, int width, char align, int fill) {
        int len = byteLength(prefix) + byteLength(body);
        if (width <= len) {
            return prefix + body;
        }
        String f = new String(Character.toChars(fill == 0 ? ' ' : fill));
        int n = width - len;
        switch (align) {
            case '<':
                return prefix + body + f.repeat(n);
            case '^':
                return f.repeat(n / 2) + prefix + body + f.repeat(n - n / 2);
            case '=':
                return prefix + f.repeat(n) + body;
            default:
                return f.repeat(n) + prefix + body;
        }
    }

    /**
     * The first {@code maxBytes} UTF-8 bytes of {@code s}, read back the way MicroPython reads a cut
     * character: a lead byte whose continuation bytes are missing keeps only its own payload bits.
     */
    static String truncateBytes(String s, int maxBytes) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= maxBytes) {
            return s;
        }
        return decodeLenient(b, maxBytes);
    }

    /** MicroPython-style decoding of possibly cut UTF-8 (utf8_get_char without validation). */
    static String decodeLenient(byte[] b, int len) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < len) {
            int val = b[i++] & 0xFF;
            if (val >= 0x80) {
                int mask = 0x40;
                while ((val & mask) != 0) {
                    val &= ~mask;
                    mask >>= 1;
                }
                val &= 0x7F;
                while (i < len && (b[i] & 0xC0) == 0x80) {
                    val = (val << 6) | (b[i++] & 0x3F);
                }
            }
            out.appendCodePoint(val);
        }
        return out.toString();
    }

    /** A character from the low byte of {@code code}, as '%c' / '{:c}' store one raw byte. */
    static String charFromLowByte(long code) {
        byte[] one = {(byte) code};
        return decodeLenient(one, 1);
    }
}

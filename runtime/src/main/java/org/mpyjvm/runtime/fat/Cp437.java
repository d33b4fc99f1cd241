package org.mpyjvm.runtime.fat;

import java.nio.charset.Charset;

/**
 * Code page 437, the OEM code page MicroPython's FatFs is built with ({@code FF_CODE_PAGE 437}). MicroPython hands
 * FatFs UTF-8 bytes which FatFs takes for CP437, so every byte of a name passes through this table on its way
 * into a long name and back (fat.md section 6).
 */
final class Cp437 {
    private static final char[] TO_UNICODE = new char[256];

    /**
     * FatFs's upper-case table for the extended half of CP437 (bytes 0x80..0xFF, index = byte - 0x80): accented
     * lower-case letters become the unaccented or upper-case letter a short name may hold.
     */
    private static final int[] UPPER_EXTENDED = {
        0x80, 0x9A, 0x45, 0x41, 0x8E, 0x41, 0x8F, 0x80, 0x45, 0x45, 0x45, 0x49, 0x49, 0x49, 0x8E, 0x8F,
        0x90, 0x92, 0x92, 0x4F, 0x99, 0x4F, 0x55, 0x55, 0x59, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
        0x41, 0x49, 0x4F, 0x55, 0xA5, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF,
    };

    static {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String s = new String(all, Charset.forName("IBM437"));
        for (int i = 0; i < 256; i++) {
            TO_UNICODE[i] = i < 0x80 ? (char) i : s.charAt(i);
        }
    }

    private Cp437() {
    }

    static char toUnicode(int b) {
        return TO_UNICODE[b & 0xFF];
    }

    /** The CP437 byte for a character, or -1 when CP437 has none (FatFs {@code ff_uni2oem} returning 0). */
    static int fromUnicode(char c) {
        if (c < 0x80) {
            return c;
        }
        for (int i = 0x80; i < 256; i++) {
            if (TO_UNICODE[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Upper-cases an extended CP437 byte for a short name. */
    static int upperExtended(int b) {
        int i = (b & 0xFF) - 0x80;
        return i < UPPER_EXTENDED.length ? UPPER_EXTENDED[i] : b & 0xFF;
    }
}

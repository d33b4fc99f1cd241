package org.mpyjvm.ports.i2c;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns segment patterns back into characters, for showing an HT16K33 segment backpack as text. The patterns
 * are the ones Adafruit's {@code adafruit_ht16k33.segments} driver sends (the common wiring of their 7-segment
 * and 14-segment backpacks), so a program's {@code display.print("12:34")} reads back as {@code 12:34}.
 *
 * <p>7-segment bits: 0..6 = segments a..g, bit 7 = decimal point. 14-segment (two RAM bytes, low byte first):
 * bits 0..5 = a..f, 6 = g1, 7 = g2, 8..13 = the diagonals and verticals h, j, k, l, m, n, bit 14 = decimal
 * point. Several characters share a pattern ({@code I}, {@code :} and {@code |}; {@code C} and {@code [});
 * decoding prefers digits, then letters, then punctuation. An unknown pattern reads as {@code '?'}.
 */
final class SegmentFont {
    static final int SEG7_DOT = 0x80;
    static final int SEG14_DOT = 0x4000;
    static final char UNKNOWN = '?';

    private static final Map<Integer, Character> SEG7 = new HashMap<>();
    private static final Map<Integer, Character> SEG14 = new HashMap<>();

    static {
        // Hex digits and minus as the driver's number table draws them, then other letters a 7-segment can show.
        seg7("0123456789AbCdEF-", 0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F,
                0x77, 0x7C, 0x39, 0x5E, 0x79, 0x71, 0x40);
        seg7(" HLPUJoructhny_=", 0x00, 0x76, 0x38, 0x73, 0x3E, 0x1E, 0x5C, 0x50, 0x1C, 0x58, 0x78, 0x74,
                0x54, 0x6E, 0x08, 0x48);

        seg14("0123456789", 0x0C3F, 0x0006, 0x00DB, 0x008F, 0x00E6, 0x2069, 0x00FD, 0x0007, 0x00FF, 0x00EF);
        seg14("ABCDEFGHIJKLM", 0x00F7, 0x128F, 0x0039, 0x120F, 0x00F9, 0x0071, 0x00BD, 0x00F6, 0x1200,
                0x001E, 0x2470, 0x0038, 0x0536);
        seg14("NOPQRSTUVWXYZ", 0x2136, 0x003F, 0x00F3, 0x203F, 0x20F3, 0x00ED, 0x1201, 0x003E, 0x0C30,
                0x2836, 0x2D00, 0x1500, 0x0C09);
        seg14("abcdefghijklm", 0x1058, 0x2078, 0x00D8, 0x088E, 0x0858, 0x0071, 0x048E, 0x1070, 0x1000,
                0x000E, 0x3600, 0x0030, 0x10D4);
        seg14("nopqrstuvwxyz", 0x1050, 0x00DC, 0x0170, 0x0486, 0x0050, 0x2088, 0x0078, 0x001C, 0x2004,
                0x2814, 0x28C0, 0x200C, 0x0848);
        seg14(" !\"#$%&'()*+,-/", 0x0000, 0x4006, 0x0220, 0x12CE, 0x12ED, 0x0C24, 0x235D, 0x0400, 0x2400,
                0x0900, 0x3FC0, 0x12C0, 0x0800, 0x00C0, 0x0C00);
        seg14(":;<=>?@[\\]^_`{|}~", 0x1200, 0x0A00, 0x2440, 0x00C8, 0x0980, 0x60A3, 0x02BB, 0x0039, 0x2100,
                0x000F, 0x0C03, 0x0008, 0x0100, 0x0949, 0x1200, 0x2489, 0x0520);
    }

    private SegmentFont() {
    }

    private static void seg7(String chars, int... patterns) {
        register(SEG7, chars, patterns);
    }

    private static void seg14(String chars, int... patterns) {
        register(SEG14, chars, patterns);
    }

    private static void register(Map<Integer, Character> table, String chars, int[] patterns) {
        if (chars.length() != patterns.length) {
            throw new IllegalStateException("font row length mismatch: " + chars);
        }
        for (int i = 0; i < patterns.length; i++) {
            table.putIfAbsent(patterns[i], chars.charAt(i)); // the first registered character wins
        }
    }

    /** The character for a 7-segment pattern without its decimal point. */
    static char decode7(int pattern) {
        return SEG7.getOrDefault(pattern & 0x7F, UNKNOWN);
    }

    /** The character for a 14-segment pattern without its decimal point. */
    static char decode14(int pattern) {
        return SEG14.getOrDefault(pattern & 0x3FFF, UNKNOWN);
    }
}

package org.mpyjvm.language.format;

import org.mpyjvm.language.common.GuestError;

/**
 * A parsed format specification, {@code [[fill]align][sign][#][0][width][,|_][.precision][type]}, as
 * py/objstr.c's str.format reads it. Absent parts are 0 (characters) or -1 (numbers).
 */
public record FormatSpec(int fill, char align, char sign, boolean alternate, boolean zeroPad, int width,
                         char grouping, int precision, char type) {

    public static final FormatSpec EMPTY = new FormatSpec(0, (char) 0, (char) 0, false, false, -1, (char) 0, -1, (char) 0);

    /** Parses a spec; anything left over is MicroPython's "invalid format specifier". */
    public static FormatSpec parse(String spec) {
        // MicroPython reads the spec byte by byte: a multi-byte character can never be a fill or a type
        if (!spec.chars().allMatch(c -> c < 0x80)) {
            throw new GuestError("ValueError", "invalid format specifier");
        }
        int[] cps = spec.codePoints().toArray();
        int i = 0;
        int fill = 0;
        char align = 0;
        // MicroPython tries a bare alignment first, so in "=^9" the '=' is the alignment (and '^' is left over)
        if (cps.length >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            i = 1;
        } else if (cps.length >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            align = (char) cps[1];
            i = 2;
        }
        char sign = 0;
        if (i < cps.length && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            sign = (char) cps[i++];
        }
        boolean alternate = false;
        if (i < cps.length && cps[i] == '#') {
            alternate = true;
            i++;
        }
        boolean zero = false;
        if (i < cps.length && cps[i] == '0') {
            zero = true;
            i++;
        }
        int width = -1;
        int start = i;
        while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') {
            i++;
        }
        if (i > start) {
            width = parseCount(cps, start, i);
        }
        char grouping = 0;
        if (i < cps.length && (cps[i] == ',' || cps[i] == '_')) {
            grouping = (char) cps[i++];
        }
        int precision = -1;
        if (i < cps.length && cps[i] == '.') {
            i++;
            start = i;
            while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') {
                i++;
            }
            if (i > start) {
                precision = parseCount(cps, start, i);
            }
        }
        char type = 0;
        // only a known presentation type is taken; any other character makes the spec invalid
        if (i < cps.length && "bcdeEfFgGnosxX%".indexOf(cps[i]) >= 0) {
            type = (char) cps[i++];
        }
        if (i != cps.length) {
            throw new GuestError("ValueError", "invalid format specifier");
        }
        return new FormatSpec(fill, align, sign, alternate, zero, width, grouping, precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    private static int parseCount(int[] cps, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = Math.min(v * 10 + (cps[k] - '0'), Integer.MAX_VALUE);
        }
        return (int) v;
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}

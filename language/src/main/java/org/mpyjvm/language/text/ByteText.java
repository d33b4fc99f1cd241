package org.mpyjvm.language.text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mpyjvm.language.common.GuestError;

/**
 * The byte-level algorithms behind MicroPython's str, bytes and bytearray methods (py/objstr.c works on
 * the UTF-8 bytes of a str too, which is why {@code 'é'.isalpha()} is False, {@code upper()} only maps
 * ASCII and {@code 'éàü Ab'.center(9)} adds no padding: widths count bytes). Offsets here are byte
 * offsets already clamped to the data; {@link StrText} maps code point indices for str.
 *
 * <p>MicroPython's ways, recorded from 1.27: whitespace is only space and \t \n \v \f \r;
 * {@code find('', start)} clamps start to the length instead of failing; {@code splitlines} breaks only at
 * \n, \r and \r\n; {@code rsplit(None, n)} is NotImplementedError unless n is negative;
 * {@code strip(None)} is a TypeError (the caller's conversion); the is* tests are False for empty data;
 * {@code isupper}/{@code islower} look only at letters and need at least one.
 */
public final class ByteText {
    private ByteText() {
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** find/rfind in {@code s[start..end)}; an empty needle is found at start (or end, from the right). */
    public static int find(byte[] s, byte[] sub, int start, int end, boolean fromRight) {
        if (end < start || end - start < sub.length) {
            return -1;
        }
        if (fromRight) {
            for (int i = end - sub.length; i >= start; i--) {
                if (matchesAt(s, i, sub)) {
                    return i;
                }
            }
        } else {
            for (int i = start; i <= end - sub.length; i++) {
                if (matchesAt(s, i, sub)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean matchesAt(byte[] s, int at, byte[] sub) {
        return Arrays.equals(s, at, at + sub.length, sub, 0, sub.length);
    }

    /** Non-overlapping occurrences of a non-empty needle in {@code s[start..end)}. */
    public static int count(byte[] s, byte[] sub, int start, int end) {
        int n = 0;
        for (int i = start; i + sub.length <= end; ) {
            if (matchesAt(s, i, sub)) {
                n++;
                i += sub.length;
            } else {
                i++;
            }
        }
        return n;
    }

    /** split(sep, maxsplit); {@code sep == null} splits at whitespace runs; a negative maxsplit means all. */
    public static List<byte[]> split(byte[] s, byte[] sep, long maxsplit) {
        List<byte[]> out = new ArrayList<>();
        int n = s.length;
        if (sep == null) {
            int i = 0;
            while (i < n && isSpace(s[i])) {
                i++;
            }
            while (i < n && maxsplit != 0) {
                int start = i;
                while (i < n && !isSpace(s[i])) {
                    i++;
                }
                out.add(Arrays.copyOfRange(s, start, i));
                while (i < n && isSpace(s[i])) {
                    i++;
                }
                if (maxsplit > 0) {
                    maxsplit--;
                }
            }
            if (i < n) {
                out.add(Arrays.copyOfRange(s, i, n));
            }
            return out;
        }
        if (sep.length == 0) {
            throw TextErrors.emptySeparator();
        }
        int start = 0;
        while (maxsplit != 0) {
            int at = find(s, sep, start, n, false);
            if (at < 0) {
                break;
            }
            out.add(Arrays.copyOfRange(s, start, at));
            start = at + sep.length;
            if (maxsplit > 0) {
                maxsplit--;
            }
        }
        out.add(Arrays.copyOfRange(s, start, n));
        return out;
    }

    /** rsplit(sep, maxsplit): MicroPython only splits at whitespace from the right when maxsplit is negative. */
    public static List<byte[]> rsplit(byte[] s, byte[] sep, long maxsplit) {
        if (sep == null) {
            if (maxsplit >= 0) {
                throw new GuestError("NotImplementedError", "rsplit(None,n)");
            }
            return split(s, null, -1);
        }
        if (sep.length == 0) {
            throw TextErrors.emptySeparator();
        }
        List<byte[]> out = new ArrayList<>();
        int end = s.length;
        while (maxsplit != 0) {
            int at = find(s, sep, 0, end, true);
            if (at < 0) {
                break;
            }
            out.add(0, Arrays.copyOfRange(s, at + sep.length, end));
            end = at;
            if (maxsplit > 0) {
                maxsplit--;
            }
        }
        out.add(0, Arrays.copyOfRange(s, 0, end));
        return out;
    }

    /** splitlines(keepends): lines end at \n, \r or \r\n; no empty line after a final terminator. */
    public static List<byte[]> splitlines(byte[] s, boolean keepends) {
        List<byte[]> out = new ArrayList<>();
        int n = s.length;
        int start = 0;
        int i = 0;
        while (i < n) {
            if (s[i] == '\n' || s[i] == '\r') {
                int eol = i;
                i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                out.add(Arrays.copyOfRange(s, start, keepends ? i : eol));
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.add(Arrays.copyOfRange(s, start, n));
        }
        return out;
    }

    /** strip/lstrip/rstrip; {@code chars == null} strips whitespace, otherwise any of the given bytes. */
    public static byte[] strip(byte[] s, byte[] chars, boolean left, boolean right) {
        int start = 0;
        int end = s.length;
        if (left) {
            while (start < end && strippable(s[start], chars)) {
                start++;
            }
        }
        if (right) {
            while (end > start && strippable(s[end - 1], chars)) {
                end--;
            }
        }
        return start == 0 && end == s.length ? s : Arrays.copyOfRange(s, start, end);
    }

    private static boolean strippable(byte c, byte[] chars) {
        if (chars == null) {
            return isSpace(c);
        }
        for (byte x : chars) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * replace(old, new, count); a negative count means all, 0 returns {@code s}. An empty {@code old}
     * inserts {@code new} before every unit and at the end; {@code unitStarts} says where units begin
     * (null: every byte), so str can insert between code points.
     */
    public static byte[] replace(byte[] s, byte[] old, byte[] replacement, long count, boolean[] unitStarts) {
        if (count == 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + replacement.length);
        long left = count < 0 ? Long.MAX_VALUE : count;
        if (old.length == 0) {
            for (int i = 0; i < s.length; i++) {
                if (left > 0 && (unitStarts == null || unitStarts[i])) {
                    out.writeBytes(replacement);
                    left--;
                }
                out.write(s[i]);
            }
            if (left > 0) {
                out.writeBytes(replacement);
            }
            return out.toByteArray();
        }
        int i = 0;
        while (i < s.length) {
            if (left > 0 && i + old.length <= s.length && matchesAt(s, i, old)) {
                out.writeBytes(replacement);
                i += old.length;
                left--;
            } else {
                out.write(s[i++]);
            }
        }
        return out.toByteArray();
    }

    /**
     * startswith(prefix, start, end) on clamped offsets. An end before start does not shorten the window
     * (MicroPython's unsigned length wraps), so only the data's own end limits the match.
     */
    public static boolean startsWith(byte[] s, byte[] prefix, int start, int end) {
        if (end >= start && prefix.length > end - start) {
            return false;
        }
        return start + prefix.length <= s.length && matchesAt(s, start, prefix);
    }

    /** endswith(suffix, start, end) on clamped offsets, with the same wrap-around for end before start. */
    public static boolean endsWith(byte[] s, byte[] suffix, int start, int end) {
        if (end >= start && suffix.length > end - start) {
            return false;
        }
        int at = end - suffix.length;
        return at >= 0 && matchesAt(s, at, suffix);
    }

    /** partition (or rpartition): the three parts; a missing separator leaves {@code s} first (last). */
    public static byte[][] partition(byte[] s, byte[] sep, boolean fromRight) {
        if (sep.length == 0) {
            throw TextErrors.emptySeparator();
        }
        int at = find(s, sep, 0, s.length, fromRight);
        byte[] none = new byte[0];
        if (at < 0) {
            return fromRight ? new byte[][] {none, none, s} : new byte[][] {s, none, none};
        }
        return new byte[][] {Arrays.copyOfRange(s, 0, at), sep, Arrays.copyOfRange(s, at + sep.length, s.length)};
    }

    /** center(width): spaces, the odd one on the right; the width counts bytes. */
    public static byte[] center(byte[] s, long width) {
        if (width <= s.length) {
            return s;
        }
        int total = (int) Math.min(width, Integer.MAX_VALUE - 8);
        int left = (total - s.length) / 2;
        byte[] out = new byte[total];
        Arrays.fill(out, (byte) ' ');
        System.arraycopy(s, 0, out, left, s.length);
        return out;
    }

    public static byte[] upper(byte[] s) {
        byte[] out = s.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'a' && out[i] <= 'z') {
                out[i] -= 32;
            }
        }
        return out;
    }

    public static byte[] lower(byte[] s) {
        byte[] out = s.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'A' && out[i] <= 'Z') {
                out[i] += 32;
            }
        }
        return out;
    }

    public static boolean isDigit(byte[] s) {
        return allMatch(s, 'd');
    }

    public static boolean isAlpha(byte[] s) {
        return allMatch(s, 'a');
    }

    public static boolean isSpace(byte[] s) {
        return allMatch(s, 's');
    }

    public static boolean isUpper(byte[] s) {
        return lettersAll(s, true);
    }

    public static boolean isLower(byte[] s) {
        return lettersAll(s, false);
    }

    private static boolean allMatch(byte[] s, char kind) {
        if (s.length == 0) {
            return false;
        }
        for (byte c : s) {
            boolean ok = kind == 'd' ? isDigit(c) : kind == 'a' ? isAlpha(c) : isSpace(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean lettersAll(byte[] s, boolean upper) {
        boolean sawLetter = false;
        for (byte c : s) {
            if (isAlpha(c)) {
                sawLetter = true;
                if ((c <= 'Z') != upper) {
                    return false;
                }
            }
        }
        return sawLetter;
    }

    /** sep.join(items), the items already checked to be of the separator's type. */
    public static byte[] join(byte[] sep, List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(items.get(i));
        }
        return out.toByteArray();
    }

    /**
     * bytes.hex(sep): lower-case pairs, with {@code sep} (may be null) between them. For empty data
     * MicroPython returns {@code b''} (bytes, not str), with or without a separator; the caller mirrors that.
     */
    public static String hex(byte[] s, String sep) {
        StringBuilder out = new StringBuilder(s.length * 3);
        for (int i = 0; i < s.length; i++) {
            if (i > 0 && sep != null) {
                out.append(sep);
            }
            out.append(Character.forDigit((s[i] >> 4) & 0xF, 16)).append(Character.forDigit(s[i] & 0xF, 16));
        }
        return out.toString();
    }

    /** bytes.fromhex(text): pairs of hex digits, whitespace allowed between pairs. */
    public static byte[] fromHex(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 2);
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return out.toByteArray();
            }
            int hi = i + 1 < n ? Character.digit(text.charAt(i), 16) : -1;
            int lo = hi >= 0 ? Character.digit(text.charAt(i + 1), 16) : -1;
            if (lo < 0 || text.charAt(i) > 0x7f || text.charAt(i + 1) > 0x7f) {
                throw new GuestError("ValueError", "non-hex digit");
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
    }
}

package org.mpyjvm.language.text;

import java.util.ArrayList;
import java.util.List;

/**
 * MicroPython's str methods over Java Strings, with indices in code points. Each method works on the
 * UTF-8 bytes through {@link ByteText}, as MicroPython does, so the byte-level rules carry over
 * (ASCII-only case mapping and classes, byte widths for center).
 *
 * <p>The str methods of MicroPython 1.27 (unix and webassembly ports) are exactly: center count encode
 * endswith find format index isalpha isdigit islower isspace isupper join lower lstrip partition replace
 * rfind rindex rpartition rsplit rstrip split splitlines startswith strip upper. There is no ljust, rjust,
 * zfill, title, swapcase, capitalize, expandtabs, casefold, isalnum, isdecimal, isnumeric, isidentifier,
 * isprintable, istitle, removeprefix or removesuffix, no keyword arguments (split(maxsplit=1) is
 * "function doesn't take keyword arguments"), center has no fill character, and strip(None) is a
 * TypeError. Type checks of arguments are the caller's ({@link TextErrors#implicitConversion}).
 *
 * <p>Known differences: {@code replace('', x)} inserts between code points, where MicroPython inserts
 * between bytes and produces broken text; {@code count('', start, end)} with end before start is
 * unspecified in MicroPython and 0 here.
 */
public final class StrText {
    private StrText() {
    }

    /** len(s) in code points. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** s[index] (IndexError "string index out of range"). */
    public static String item(String s, long index) {
        int i = Slices.item(index, length(s), "string");
        int at = s.offsetByCodePoints(0, i);
        return new String(Character.toChars(s.codePointAt(at)));
    }

    /** s[start:stop:step]; only step 1/None is supported. */
    public static String slice(String s, Long start, Long stop, Long step) {
        Slices.checkStep(step);
        int len = length(s);
        int from = Slices.clamp(start, len, 0);
        int to = Slices.clamp(stop, len, len);
        if (to <= from) {
            return "";
        }
        return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
    }

    public static long find(String s, String sub, Long start, Long end) {
        return search(s, sub, start, end, false, false);
    }

    public static long rfind(String s, String sub, Long start, Long end) {
        return search(s, sub, start, end, true, false);
    }

    /** index(): like find, but ValueError "substring not found". */
    public static long index(String s, String sub, Long start, Long end) {
        return search(s, sub, start, end, false, true);
    }

    public static long rindex(String s, String sub, Long start, Long end) {
        return search(s, sub, start, end, true, true);
    }

    private static long search(String s, String sub, Long start, Long end, boolean fromRight, boolean raise) {
        Window w = new Window(s, start, end);
        int at = ByteText.find(w.bytes, Utf8.encode(sub), w.from, w.to, fromRight);
        if (at < 0) {
            if (raise) {
                throw TextErrors.substringNotFound();
            }
            return -1;
        }
        return w.ascii ? at : Utf8.charCount(w.bytes, 0, at);
    }

    /** count(sub, start, end); an empty sub counts the gaps between code points. */
    public static long count(String s, String sub, Long start, Long end) {
        Window w = new Window(s, start, end);
        if (sub.isEmpty()) {
            return w.to < w.from ? 0 : Utf8.charCount(w.bytes, w.from, w.to) + 1;
        }
        return ByteText.count(w.bytes, Utf8.encode(sub), w.from, w.to);
    }

    public static List<String> split(String s, String sep, long maxsplit) {
        return decodeAll(ByteText.split(Utf8.encode(s), sep == null ? null : Utf8.encode(sep), maxsplit));
    }

    public static List<String> rsplit(String s, String sep, long maxsplit) {
        return decodeAll(ByteText.rsplit(Utf8.encode(s), sep == null ? null : Utf8.encode(sep), maxsplit));
    }

    public static List<String> splitlines(String s, boolean keepends) {
        return decodeAll(ByteText.splitlines(Utf8.encode(s), keepends));
    }

    /**
     * strip/lstrip/rstrip; {@code chars == null} means whitespace (the no-argument form). The characters
     * are taken as bytes, and a result that is no longer valid UTF-8 is a UnicodeError, as in MicroPython.
     */
    public static String strip(String s, String chars, boolean left, boolean right) {
        return Utf8.decode(ByteText.strip(Utf8.encode(s), chars == null ? null : Utf8.encode(chars), left, right));
    }

    public static String replace(String s, String old, String replacement, long count) {
        byte[] b = Utf8.encode(s);
        boolean[] starts = null;
        if (old.isEmpty()) {
            starts = new boolean[b.length];
            for (int i = 0; i < b.length; i++) {
                starts[i] = (b[i] & 0xC0) != 0x80;
            }
        }
        return Utf8.decode(ByteText.replace(b, Utf8.encode(old), Utf8.encode(replacement), count, starts));
    }

    /**
     * startswith(prefix, start, end) for one prefix. For a tuple the caller tries the items in order and
     * stops at the first match, converting each only when reached: {@code 'abc'.startswith(('a', 1))} is
     * True in MicroPython, an empty tuple is False.
     */
    public static boolean startswith(String s, String prefix, Long start, Long end) {
        Window w = new Window(s, start, end);
        return ByteText.startsWith(w.bytes, Utf8.encode(prefix), w.from, w.to);
    }

    /** endswith(suffix, start, end) for one suffix (a tuple as for {@link #startswith}). */
    public static boolean endswith(String s, String suffix, Long start, Long end) {
        Window w = new Window(s, start, end);
        return ByteText.endsWith(w.bytes, Utf8.encode(suffix), w.from, w.to);
    }

    /** partition or rpartition: three strs. */
    public static List<String> partition(String s, String sep, boolean fromRight) {
        byte[][] parts = ByteText.partition(Utf8.encode(s), Utf8.encode(sep), fromRight);
        return List.of(Utf8.decode(parts[0]), Utf8.decode(parts[1]), Utf8.decode(parts[2]));
    }

    /** center(width), the width counting UTF-8 bytes. */
    public static String center(String s, long width) {
        return Utf8.decode(ByteText.center(Utf8.encode(s), width));
    }

    public static String upper(String s) {
        return Utf8.decode(ByteText.upper(Utf8.encode(s)));
    }

    public static String lower(String s) {
        return Utf8.decode(ByteText.lower(Utf8.encode(s)));
    }

    public static boolean isdigit(String s) {
        return ByteText.isDigit(Utf8.encode(s));
    }

    public static boolean isalpha(String s) {
        return ByteText.isAlpha(Utf8.encode(s));
    }

    public static boolean isspace(String s) {
        return ByteText.isSpace(Utf8.encode(s));
    }

    public static boolean isupper(String s) {
        return ByteText.isUpper(Utf8.encode(s));
    }

    public static boolean islower(String s) {
        return ByteText.isLower(Utf8.encode(s));
    }

    /** sep.join(items), the items already checked to be str. */
    public static String join(String sep, List<String> items) {
        return String.join(sep, items);
    }

    /** str.encode(...): always UTF-8; MicroPython ignores the encoding and errors arguments. */
    public static byte[] encode(String s) {
        return Utf8.encode(s);
    }

    private static List<String> decodeAll(List<byte[]> parts) {
        List<String> out = new ArrayList<>(parts.size());
        for (byte[] p : parts) {
            out.add(Utf8.decode(p));
        }
        return out;
    }

    /** A str's bytes with start/end turned into byte offsets. */
    private static final class Window {
        final byte[] bytes;
        final boolean ascii;
        final int from;
        final int to;

        Window(String s, Long start, Long end) {
            bytes = Utf8.encode(s);
            ascii = bytes.length == s.length();
            int len = ascii ? bytes.length : length(s);
            int f = Slices.clamp(start, len, 0);
            int t = Slices.clamp(end, len, len);
            from = ascii ? f : Utf8.offsetOf(bytes, f);
            to = ascii ? t : Utf8.offsetOf(bytes, t);
        }
    }
}

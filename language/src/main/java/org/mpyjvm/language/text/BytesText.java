package org.mpyjvm.language.text;

/**
 * The bytes/bytearray methods that take start/end arguments, with MicroPython's clamping; the rest
 * are {@link ByteText} directly. bytes and bytearray of MicroPython 1.27 have the str methods (with
 * decode instead of encode) plus hex and fromhex, and bytearray adds append and extend; they have no
 * isalnum, title, ljust or the like either. Arguments must be bytes (a bytearray argument is a
 * TypeError "can't convert 'bytearray' object to str implicitly", except in join and replace's
 * operands) — see {@link TextErrors#implicitConversion}.
 */
public final class BytesText {
    private BytesText() {
    }

    public static long find(byte[] s, byte[] sub, Long start, Long end, boolean fromRight, boolean raise) {
        int from = Slices.clamp(start, s.length, 0);
        int to = Slices.clamp(end, s.length, s.length);
        int at = ByteText.find(s, sub, from, to, fromRight);
        if (at < 0 && raise) {
            throw TextErrors.substringNotFound();
        }
        return at;
    }

    /** count(sub, start, end); an empty sub counts the gaps between UTF-8 characters, as MicroPython does. */
    public static long count(byte[] s, byte[] sub, Long start, Long end) {
        int from = Slices.clamp(start, s.length, 0);
        int to = Slices.clamp(end, s.length, s.length);
        if (sub.length == 0) {
            return to < from ? 0 : Utf8.charCount(s, from, to) + 1;
        }
        return ByteText.count(s, sub, from, to);
    }

    public static boolean startswith(byte[] s, byte[] prefix, Long start, Long end) {
        return ByteText.startsWith(s, prefix, Slices.clamp(start, s.length, 0), Slices.clamp(end, s.length, s.length));
    }

    public static boolean endswith(byte[] s, byte[] suffix, Long start, Long end) {
        return ByteText.endsWith(s, suffix, Slices.clamp(start, s.length, 0), Slices.clamp(end, s.length, s.length));
    }

    /** b[start:stop:step] for bytes and bytearray reads (step 1/None only, as in MicroPython 1.27). */
    public static byte[] slice(byte[] s, Long start, Long stop, Long step) {
        Slices.checkStep(step);
        int from = Slices.clamp(start, s.length, 0);
        int to = Slices.clamp(stop, s.length, s.length);
        return to <= from ? new byte[0] : java.util.Arrays.copyOfRange(s, from, to);
    }
}

package org.mpyjvm.runtime.fat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * One path segment turned into what FatFs {@code create_name} makes of it: the long name (UTF-16 units, each
 * byte of MicroPython's UTF-8 mapped through CP437), the 8.3 short name in directory form, and the flags that
 * say whether an LFN is needed, whether the 8.3 form lost information (then a {@code ~N} tail is generated)
 * and which NT lower-case bits apply.
 */
final class FatName {
    static final int MAX_LFN = 255;
    /** Flags, FatFs's NS_* values; BODY and EXT are also the NT case bits of directory-entry byte 12. */
    static final int LOSS = 0x01;
    static final int LFN = 0x02;
    static final int BODY = 0x08;
    static final int EXT = 0x10;
    static final int DOT = 0x20;

    private static final String BAD_LFN_CHARS = "\"*:<>?|\u007f";
    private static final String BAD_SFN_CHARS = "+,;=[]";

    final char[] longName;
    final byte[] shortName;
    final int flags;

    private FatName(char[] longName, byte[] shortName, int flags) {
        this.longName = longName;
        this.shortName = shortName;
        this.flags = flags;
    }

    boolean isDot() {
        return (flags & DOT) != 0;
    }

    boolean needsLfn() {
        return (flags & LFN) != 0;
    }

    boolean lossy() {
        return (flags & LOSS) != 0;
    }

    /** The NT lower-case bits stored in directory-entry byte 12 (only when no LFN is needed). */
    int caseBits() {
        return flags & (BODY | EXT);
    }

    /** Parses one segment (raw bytes, no separators). EINVAL for names FatFs rejects. */
    static FatName parse(byte[] seg) throws StorageException {
        char[] lfn = new char[seg.length];
        int di = 0;
        for (byte b : seg) {
            char wc = Cp437.toUnicode(b);
            if (wc < 0x80 && BAD_LFN_CHARS.indexOf(wc) >= 0) {
                throw new StorageException(Errno.EINVAL, "character not allowed in a name");
            }
            if (di >= MAX_LFN) {
                throw new StorageException(Errno.EINVAL, "name longer than 255 characters");
            }
            lfn[di++] = wc;
        }
        if ((di == 1 && lfn[0] == '.') || (di == 2 && lfn[0] == '.' && lfn[1] == '.')) {
            byte[] sfn = blankShortName();
            for (int i = 0; i < di; i++) {
                sfn[i] = '.';
            }
            return new FatName(Arrays.copyOf(lfn, di), sfn, DOT);
        }
        while (di > 0 && (lfn[di - 1] == ' ' || lfn[di - 1] == '.')) {
            di--;
        }
        if (di == 0) {
            throw new StorageException(Errno.EINVAL, "empty name");
        }
        char[] name = Arrays.copyOf(lfn, di);
        return new FatName(name, new byte[11], 0).withShortName();
    }

    /** FatFs's SFN construction: strip spaces and inner dots, truncate 8.3, upper-case, note case and loss. */
    private FatName withShortName() {
        char[] l = longName;
        int len = l.length;
        int cf = 0;
        int si = 0;
        while (si < len && l[si] == ' ') {
            si++;
        }
        if (si > 0 || l[si] == '.') {
            cf |= LOSS | LFN;
        }
        int di = len;
        while (di > 0 && l[di - 1] != '.') {
            di--;
        }
        // di is now one past the last dot (0: no dot); FatFs compares indices after its post-increment
        byte[] fn = blankShortName();
        int i = 0;
        int ni = 8;
        int b = 0;
        while (true) {
            if (si >= len) {
                break;
            }
            char wc = l[si++];
            if (wc == ' ' || (wc == '.' && si != di)) {
                cf |= LOSS | LFN;
                continue;
            }
            if (i >= ni || si == di) {
                if (ni == 11) {
                    cf |= LOSS | LFN;
                    break;
                }
                if (si != di) {
                    cf |= LOSS | LFN;
                }
                if (si > di) {
                    break;
                }
                si = di;
                i = 8;
                ni = 11;
                b <<= 2;
                continue;
            }
            int c;
            if (wc >= 0x80) {
                cf |= LFN;
                c = Cp437.fromUnicode(wc);
                if (c < 0) {
                    c = 0;
                } else if ((c & 0x80) != 0) {
                    c = Cp437.upperExtended(c);
                }
            } else {
                c = wc;
            }
            if (c == 0 || (c < 0x80 && BAD_SFN_CHARS.indexOf(c) >= 0)) {
                c = '_';
                cf |= LOSS | LFN;
            } else if (c >= 'A' && c <= 'Z') {
                b |= 2;
            } else if (c >= 'a' && c <= 'z') {
                b |= 1;
                c -= 0x20;
            }
            fn[i++] = (byte) c;
        }
        if ((fn[0] & 0xFF) == 0xE5) {
            fn[0] = 0x05;
        }
        if (ni == 8) {
            b <<= 2;
        }
        if ((b & 0x0C) == 0x0C || (b & 0x03) == 0x03) {
            cf |= LFN;
        }
        if ((cf & LFN) == 0) {
            if ((b & 0x01) != 0) {
                cf |= EXT;
            }
            if ((b & 0x04) != 0) {
                cf |= BODY;
            }
        }
        return new FatName(longName, fn, cf);
    }

    private static byte[] blankShortName() {
        byte[] fn = new byte[11];
        Arrays.fill(fn, (byte) ' ');
        return fn;
    }

    /**
     * FatFs {@code gen_numname}: the short name with a {@code ~N} tail; from the 6th try a CRC-style hash of the
     * long name replaces the counter, printed in upper-case hex.
     */
    byte[] numberedShortName(int seq) {
        byte[] dst = shortName.clone();
        long n = seq;
        if (seq > 5) {
            long sreg = seq;
            for (char ch : longName) {
                int wc = ch;
                for (int k = 0; k < 16; k++) {
                    sreg = (sreg << 1) + (wc & 1);
                    wc >>= 1;
                    if ((sreg & 0x10000) != 0) {
                        sreg ^= 0x11021;
                    }
                }
            }
            n = sreg & 0xFFFFFFFFL;
        }
        byte[] ns = new byte[8];
        int i = 7;
        do {
            int d = (int) (n % 16);
            ns[i--] = (byte) (d < 10 ? '0' + d : 'A' + d - 10);
            n /= 16;
        } while (n != 0 && i > 0);
        ns[i] = '~';
        int j = 0;
        while (j < i && dst[j] != ' ') {
            j++;
        }
        do {
            dst[j++] = i < 8 ? ns[i++] : (byte) ' ';
        } while (j < 8);
        return dst;
    }

    /** FatFs {@code sum_sfn}: the checksum every LFN entry carries for its short entry. */
    static int checksum(byte[] dir, int off) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum = (((sum >> 1) | (sum << 7)) + (dir[off + i] & 0xFF)) & 0xFF;
        }
        return sum;
    }

    /** The name MicroPython shows for a short entry: 8.3 with a dot, NT lower-case bits applied. */
    static String displayShortName(byte[] dir, int off) {
        int nt = dir[off + 12] & 0xFF;
        ByteArrayOutputStream out = new ByteArrayOutputStream(12);
        for (int i = 0; i < 11; i++) {
            int c = dir[off + i] & 0xFF;
            if (c == ' ') {
                continue;
            }
            if (c == 0x05) {
                c = 0xE5;
            }
            if (i == 8) {
                out.write('.');
            }
            if (c >= 'A' && c <= 'Z' && (nt & (i >= 8 ? EXT : BODY)) != 0) {
                c += 0x20;
            }
            out.write(c);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /** A long name read from disk back to MicroPython's string, or null when a character has no CP437 byte. */
    static String displayLongName(char[] lfn, int len) {
        byte[] bytes = new byte[len];
        for (int i = 0; i < len; i++) {
            int c = Cp437.fromUnicode(lfn[i]);
            if (c <= 0) {
                return null;
            }
            bytes[i] = (byte) c;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Case-insensitive long-name comparison (FatFs {@code ff_wtoupper} on both sides). */
    boolean sameLongName(char[] other, int len) {
        if (len != longName.length) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (Character.toUpperCase(other[i]) != Character.toUpperCase(longName[i])) {
                return false;
            }
        }
        return true;
    }
}

package org.mpyjvm.language.algorithms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.text.ByteText;

/**
 * The {@code binascii} module of MicroPython's unix port (extmod/modbinascii.c): hexlify, unhexlify,
 * a2b_base64, b2a_base64 and crc32 — nothing else (no a2b_hex/b2a_hex; those exist only in the
 * micropython-lib Python version that the webassembly build freezes).
 *
 * <p>hexlify is bytes.hex returning bytes ({@code hexlify(data, sep)}), unhexlify is bytes.fromhex
 * (ValueError "non-hex digit"). a2b_base64 skips every byte outside the alphabet, stops at a '=' that
 * completes a quantum, and raises ValueError "incorrect padding" when bits are left over. b2a_base64
 * pads with '=' and appends '\n' unless {@code newline=False}. crc32 is the zlib CRC-32 continuing from
 * an optional start value (truncated to 32 bits).
 */
public final class Binascii {
    private static final byte[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);
    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    private Binascii() {
    }

    /** hexlify(data[, sep]); {@code sep} may be null. */
    public static byte[] hexlify(byte[] data, byte[] sep) {
        String s = ByteText.hex(data, sep == null ? null : new String(sep, StandardCharsets.UTF_8));
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** unhexlify(text): the text as bytes (a str argument passes its UTF-8). */
    public static byte[] unhexlify(byte[] text) {
        return ByteText.fromHex(new String(text, StandardCharsets.ISO_8859_1));
    }

    public static byte[] a2bBase64(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 3 / 4 + 1);
        int acc = 0;
        int bits = 0;
        boolean padSinceLast = false;
        for (byte c : in) {
            if (c == '=') {
                // '=' ends the data once it completes a 2- or 3-byte group
                if (bits == 2 || (bits == 4 && padSinceLast)) {
                    bits = 0;
                    break;
                }
                padSinceLast = true;
            }
            int v = sextet(c);
            if (v < 0) {
                continue;
            }
            padSinceLast = false;
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write((acc >>> bits) & 0xFF);
            }
        }
        if (bits != 0) {
            throw new GuestError("ValueError", "incorrect padding");
        }
        return out.toByteArray();
    }

    private static int sextet(byte c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        } else if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        } else if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }

    public static byte[] b2aBase64(byte[] data, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((data.length + 2) / 3 * 4 + 1);
        for (int i = 0; i < data.length; i += 3) {
            int b0 = data[i] & 0xFF;
            int b1 = i + 1 < data.length ? data[i + 1] & 0xFF : 0;
            int b2 = i + 2 < data.length ? data[i + 2] & 0xFF : 0;
            out.write(ALPHABET[b0 >>> 2]);
            out.write(ALPHABET[(b0 & 3) << 4 | b1 >>> 4]);
            out.write(i + 1 < data.length ? ALPHABET[(b1 & 15) << 2 | b2 >>> 6] : '=');
            out.write(i + 2 < data.length ? ALPHABET[b2 & 63] : '=');
        }
        if (newline) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** crc32(data[, value]): the result as an unsigned 32-bit value. */
    public static long crc32(byte[] data, long start) {
        int crc = ~(int) start;
        for (byte b : data) {
            crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >>> 8);
        }
        return ~crc & 0xFFFFFFFFL;
    }
}

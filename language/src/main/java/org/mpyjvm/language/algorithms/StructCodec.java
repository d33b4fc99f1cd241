package org.mpyjvm.language.algorithms;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mpyjvm.language.common.GuestError;

/**
 * The {@code struct} module of MicroPython 1.27 (py/modstruct.c, py/binary.c): calcsize, pack,
 * pack_into, unpack, unpack_from — there is no iter_unpack, no '?', 'p', 'n' or 'N'.
 *
 * <p>Values are neutral: ints are Long, BigInteger or Boolean, floats Double, 's' items byte[] (a String
 * packs as its UTF-8). unpack gives Long (BigInteger above Long.MAX_VALUE for Q), Double and byte[].
 *
 * <p>MicroPython's ways, recorded from the real thing: the byte order prefix is one of {@code < > ! @ =}
 * and defaults to native '@', which aligns each item to its size; '=' is accepted but knows no numeric
 * sizes (only 's' and 'x'), so {@code '=h'} is "bad typecode"; standard sizes are b1 h2 i4 l4 q8 e2 f4 d8
 * and P4; whitespace or a trailing count is "bad typecode"; ints are truncated to the field without a range
 * check ({@code pack('b', 128)} is {@code b'\x80'}); missing values leave zero bytes and extra values
 * are ignored; 'e' packs with MicroPython's own half-float arithmetic, whose exponent is not clamped
 * ({@code pack('<e', 1e6)} is {@code b'\xa1\x8b'}); unpack accepts a longer buffer; a too short buffer
 * (after a negative offset is counted from the end) is "buffer too small". The native sizes of 'l', 'L'
 * and 'P' are the port's word size: 8 on the 64-bit unix port ({@link #UNIX}), 4 on 32-bit ports.
 */
public final class StructCodec {
    /** The 64-bit unix port. */
    public static final StructCodec UNIX = new StructCodec(8);
    /** A 32-bit port such as the webassembly build. */
    public static final StructCodec PORT32 = new StructCodec(4);

    private final int nativeWord;

    public StructCodec(int nativeWordSize) {
        this.nativeWord = nativeWordSize;
    }

    /** One item of a format: its code, repeat count, byte size and offset. */
    private record Field(char code, int count, int size, int offset) {
    }

    private record Layout(boolean bigEndian, List<Field> fields, int size) {
    }

    public int calcsize(String fmt) {
        return layout(fmt).size();
    }

    private Layout layout(String fmt) {
        int i = 0;
        char order = '@';
        if (!fmt.isEmpty() && "<>!@=".indexOf(fmt.charAt(0)) >= 0) {
            order = fmt.charAt(0) == '!' ? '>' : fmt.charAt(0);
            i = 1;
        }
        List<Field> fields = new ArrayList<>();
        int offset = 0;
        while (i < fmt.length()) {
            int count = 1;
            if (Character.isDigit(fmt.charAt(i))) {
                long c = 0;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    c = Math.min(c * 10 + fmt.charAt(i++) - '0', Integer.MAX_VALUE);
                }
                if (i >= fmt.length()) {
                    throw badTypecode();
                }
                count = (int) c;
            }
            char code = fmt.charAt(i++);
            if (code == 's' || code == 'x') {
                fields.add(new Field(code, count, count, offset));
                offset += count;
                continue;
            }
            int size = sizeOf(order, code);
            // a zero count adds nothing, not even alignment padding
            if (order == '@' && count > 0) {
                offset = (offset + size - 1) / size * size;
            }
            fields.add(new Field(code, count, size, offset));
            offset += size * count;
        }
        return new Layout(order == '>', fields, offset);
    }

    private int sizeOf(char order, char code) {
        int size = switch (code) {
            case 'b', 'B' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'P' -> order == '@' ? nativeWord : 4;
            case 'q', 'Q', 'd' -> 8;
            default -> -1;
        };
        if (size < 0 || order == '=') {
            throw badTypecode();
        }
        return size;
    }

    /** struct.pack(fmt, *values); {@code typeName} names unconvertible values in TypeErrors. */
    public byte[] pack(String fmt, List<?> values, Function<Object, String> typeName) {
        Layout layout = layout(fmt);
        byte[] out = new byte[layout.size()];
        write(layout, out, 0, values, typeName);
        return out;
    }

    /** struct.pack_into(fmt, buffer, offset, *values) into a writable buffer. */
    public void packInto(String fmt, byte[] buffer, long offset, List<?> values, Function<Object, String> typeName) {
        Layout layout = layout(fmt);
        write(layout, buffer, checkRoom(layout.size(), buffer.length, offset), values, typeName);
    }

    /** struct.unpack(fmt, data): data may be longer than the format. */
    public List<Object> unpack(String fmt, byte[] data) {
        return unpackFrom(fmt, data, 0);
    }

    /** struct.unpack_from(fmt, data, offset). */
    public List<Object> unpackFrom(String fmt, byte[] data, long offset) {
        Layout layout = layout(fmt);
        int base = checkRoom(layout.size(), data.length, offset);
        List<Object> out = new ArrayList<>();
        for (Field f : layout.fields()) {
            int at = base + f.offset();
            if (f.code() == 'x') {
                continue;
            }
            if (f.code() == 's') {
                out.add(java.util.Arrays.copyOfRange(data, at, at + f.count()));
                continue;
            }
            for (int k = 0; k < f.count(); k++, at += f.size()) {
                out.add(readValue(f.code(), f.size(), data, at, layout.bigEndian()));
            }
        }
        return out;
    }

    private static int checkRoom(int size, int length, long offset) {
        if (offset < 0) {
            offset += length;
        }
        if (offset < 0 || size > length - offset) {
            throw new GuestError("ValueError", "buffer too small");
        }
        return (int) offset;
    }

    private void write(Layout layout, byte[] out, int base, List<?> values, Function<Object, String> typeName) {
        int next = 0;
        for (Field f : layout.fields()) {
            int at = base + f.offset();
            if (f.code() == 'x') {
                java.util.Arrays.fill(out, at, at + f.count(), (byte) 0);
                continue;
            }
            if (f.code() == 's') {
                if (next < values.size()) {
                    byte[] b = bytesOf(values.get(next++));
                    System.arraycopy(b, 0, out, at, Math.min(b.length, f.count()));
                }
                continue;
            }
            for (int k = 0; k < f.count() && next < values.size(); k++, at += f.size()) {
                writeValue(f.code(), f.size(), values.get(next++), out, at, layout.bigEndian(), typeName);
            }
        }
    }

    private static byte[] bytesOf(Object v) {
        if (v instanceof byte[] b) {
            return b;
        } else if (v instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw new GuestError("TypeError", "object with buffer protocol required");
    }

    private static void writeValue(char code, int size, Object v, byte[] out, int at, boolean big,
                                   Function<Object, String> typeName) {
        long bits;
        switch (code) {
            case 'f' -> bits = Float.floatToRawIntBits((float) toDouble(v, typeName)) & 0xFFFFFFFFL;
            case 'd' -> bits = Double.doubleToRawLongBits(toDouble(v, typeName));
            case 'e' -> bits = HalfFloat.encode(toDouble(v, typeName));
            default -> bits = toInteger(v, typeName).longValue();
        }
        for (int k = 0; k < size; k++) {
            out[big ? at + size - 1 - k : at + k] = (byte) (bits >>> (8 * k));
        }
    }

    private static Object readValue(char code, int size, byte[] data, int at, boolean big) {
        long bits = 0;
        for (int k = 0; k < size; k++) {
            bits |= (data[big ? at + size - 1 - k : at + k] & 0xFFL) << (8 * k);
        }
        switch (code) {
            case 'f':
                return (double) Float.intBitsToFloat((int) bits);
            case 'd':
                return Double.longBitsToDouble(bits);
            case 'e':
                return HalfFloat.decode((int) bits);
            case 'b', 'h', 'i', 'l', 'q':
                int shift = 64 - 8 * size;
                return (bits << shift) >> shift;
            default:
                if (size == 8 && bits < 0) {
                    return new BigInteger(Long.toUnsignedString(bits));
                }
                return bits;
        }
    }

    private static BigInteger toInteger(Object v, Function<Object, String> typeName) {
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (v instanceof Integer n) {
            return BigInteger.valueOf(n);
        } else if (v instanceof BigInteger b) {
            return b;
        } else if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        throw new GuestError("TypeError", "can't convert " + typeName.apply(v) + " to int");
    }

    private static double toDouble(Object v, Function<Object, String> typeName) {
        if (v instanceof Double d) {
            return d;
        } else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Boolean) {
            return toInteger(v, typeName).doubleValue();
        }
        throw new GuestError("TypeError", "can't convert " + typeName.apply(v) + " to float");
    }

    private static GuestError badTypecode() {
        return new GuestError("ValueError", "bad typecode");
    }
}

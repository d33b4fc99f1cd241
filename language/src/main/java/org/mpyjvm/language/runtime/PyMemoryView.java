package org.mpyjvm.language.runtime;

/**
 * A window on any {@link Buffer}: slicing makes a smaller window on the same memory, item assignment writes through.
 * The item format is 'B' (unsigned bytes) unless {@code cast} changed it.
 */
public final class PyMemoryView implements PyObject, BufferProvider {
    private final Buffer buffer;
    private final int offset;
    private final int length;
    private final char format;

    public PyMemoryView(Buffer buffer, int offset, int length, char format) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        this.format = format;
    }

    public static PyMemoryView of(Buffer buffer) {
        return new PyMemoryView(buffer, 0, buffer.length(), 'B');
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.MEMORYVIEW;
    }

    public char format() {
        return format;
    }

    public int itemSize() {
        return switch (format) {
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'd' -> 8;
            default -> 1;
        };
    }

    /** Length in items. */
    public int length() {
        return length / itemSize();
    }

    public int byteLength() {
        return length;
    }

    public boolean isReadOnly() {
        return buffer.isReadOnly();
    }

    public int getByte(int i) {
        return buffer.get(offset + i);
    }

    public void setByte(int i, int value) {
        buffer.set(offset + i, value);
    }

    /** Item {@code i} in the view's format, little-endian as on the boards MicroPython runs on. */
    public Object getItem(int i) {
        int size = itemSize();
        long v = 0;
        for (int b = size - 1; b >= 0; b--) {
            v = (v << 8) | buffer.get(offset + i * size + b);
        }
        return switch (format) {
            case 'b' -> (long) (byte) v;
            case 'h' -> (long) (short) v;
            case 'i' -> (long) (int) v;
            case 'L', 'Q' -> v < 0 ? java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64)) : v;
            case 'f' -> (double) Float.intBitsToFloat((int) v);
            case 'd' -> Double.longBitsToDouble(v);
            default -> v;
        };
    }

    public void setItem(int i, long value) {
        int size = itemSize();
        for (int b = 0; b < size; b++) {
            buffer.set(offset + i * size + b, (int) (value >>> (8 * b)) & 0xff);
        }
    }

    public PyMemoryView slice(int startItem, int stopItem) {
        int size = itemSize();
        return new PyMemoryView(buffer, offset + startItem * size, (stopItem - startItem) * size, format);
    }

    public PyMemoryView cast(char newFormat) {
        return new PyMemoryView(buffer, offset, length, newFormat);
    }

    @Override
    public char bufferFormat() {
        return format;
    }

    public byte[] toBytes() {
        return buffer.copy(offset, length);
    }

    @Override
    public Buffer buffer() {
        PyMemoryView self = this;
        return new Buffer() {
            @Override
            public int length() {
                return self.length;
            }

            @Override
            public int get(int index) {
                return self.buffer.get(self.offset + index);
            }

            @Override
            public void set(int index, int value) {
                self.buffer.set(self.offset + index, value);
            }

            @Override
            public boolean isReadOnly() {
                return self.buffer.isReadOnly();
            }

            @Override
            public Object memory() {
                return self.buffer.memory();
            }

            @Override
            public int memoryOffset() {
                return self.buffer.memoryOffset() + self.offset;
            }
        };
    }
}

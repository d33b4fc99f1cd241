package org.mpyjvm.language.runtime;

/** A {@link Buffer} over a window of a Java byte array (no copy). */
public final class ByteArrayBuffer implements Buffer {
    private final byte[] bytes;
    private final int offset;
    private final int length;
    private final boolean readOnly;

    public ByteArrayBuffer(byte[] bytes, int offset, int length, boolean readOnly) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
        this.readOnly = readOnly;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int get(int index) {
        return bytes[offset + index] & 0xff;
    }

    @Override
    public void set(int index, int value) {
        bytes[offset + index] = (byte) value;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public Object memory() {
        return bytes;
    }

    @Override
    public int memoryOffset() {
        return offset;
    }

    @Override
    public byte[] copy(int from, int count) {
        byte[] out = new byte[count];
        System.arraycopy(bytes, offset + from, out, 0, count);
        return out;
    }
}

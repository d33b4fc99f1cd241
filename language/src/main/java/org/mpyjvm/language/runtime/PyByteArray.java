package org.mpyjvm.language.runtime;

import java.util.Arrays;

/** A mutable, growable byte array. */
public final class PyByteArray implements PyObject, BufferProvider {
    private byte[] bytes;
    private int length;

    public PyByteArray(byte[] initial) {
        this.bytes = initial;
        this.length = initial.length;
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.BYTEARRAY;
    }

    public int length() {
        return length;
    }

    public int get(int i) {
        return bytes[i] & 0xff;
    }

    public void set(int i, int value) {
        bytes[i] = (byte) value;
    }

    public byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    public void append(int value) {
        ensure(length + 1);
        bytes[length++] = (byte) value;
    }

    public void extend(byte[] more) {
        ensure(length + more.length);
        System.arraycopy(more, 0, bytes, length, more.length);
        length += more.length;
    }

    /** Replaces the whole content (slice assignment and similar rebuild operations). */
    public void replaceAll(byte[] content) {
        bytes = content;
        length = content.length;
    }

    private void ensure(int capacity) {
        if (capacity > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2 + 8));
        }
    }

    @Override
    public Buffer buffer() {
        // A view of the current array; a later resize re-allocates, as MicroPython forbids while exported.
        return new ByteArrayBuffer(bytes, 0, length, false);
    }
}

package org.mpyjvm.language.runtime;

import java.util.Arrays;

/**
 * A mutable, growable byte array. It may instead alias memory owned elsewhere (uctypes.bytearray_at, a UINT8 array
 * field): reads and writes then go to that memory until a resize copies the bytes into an array of its own, as
 * MicroPython reallocates a by-reference bytearray that grows.
 */
public final class PyByteArray implements PyObject, BufferProvider {
    private byte[] bytes;
    private int length;
    private Buffer alias;

    public PyByteArray(byte[] initial) {
        this.bytes = initial;
        this.length = initial.length;
    }

    /** A bytearray whose items are the bytes of {@code window} (no copy). */
    public static PyByteArray aliasing(Buffer window) {
        PyByteArray a = new PyByteArray(new byte[0]);
        a.alias = window;
        a.length = window.length();
        return a;
    }

    /** Stops aliasing: the current bytes become this bytearray's own array. */
    private void detach() {
        if (alias != null) {
            bytes = alias.copy(0, length);
            alias = null;
        }
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.BYTEARRAY;
    }

    public int length() {
        return length;
    }

    public int get(int i) {
        return alias != null ? alias.get(i) : bytes[i] & 0xff;
    }

    public void set(int i, int value) {
        if (alias != null) {
            alias.set(i, value & 0xff);
        } else {
            bytes[i] = (byte) value;
        }
    }

    public byte[] toBytes() {
        return alias != null ? alias.copy(0, length) : Arrays.copyOf(bytes, length);
    }

    public void append(int value) {
        detach();
        ensure(length + 1);
        bytes[length++] = (byte) value;
    }

    public void extend(byte[] more) {
        detach();
        ensure(length + more.length);
        System.arraycopy(more, 0, bytes, length, more.length);
        length += more.length;
    }

    /**
     * Replaces the whole content (slice assignment and similar rebuild operations). Aliased memory of the same
     * length is written in place, so a same-size slice assignment shows in the memory.
     */
    public void replaceAll(byte[] content) {
        if (alias != null && content.length == length) {
            for (int i = 0; i < length; i++) {
                alias.set(i, content[i] & 0xff);
            }
            return;
        }
        alias = null;
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
        if (alias != null) {
            return alias;
        }
        // A view of the current array; a later resize re-allocates, as MicroPython forbids while exported.
        return new ByteArrayBuffer(bytes, 0, length, false);
    }
}

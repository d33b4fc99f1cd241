package org.mpyjvm.language.runtime;

import java.util.Arrays;

/** Immutable bytes. */
public final class PyBytes implements PyObject, BufferProvider {
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);
    private final byte[] bytes;

    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.BYTES;
    }

    /** The backing array; callers must not modify it. */
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public Buffer buffer() {
        return new ByteArrayBuffer(bytes, 0, bytes.length, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The first index of {@code needle} in {@code hay} at or after {@code from}, or -1. */
    public static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
